"""schemebook: scheme handbooks and sign-up pages from one YAML file per scheme."""
