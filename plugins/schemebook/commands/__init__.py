"""The `schemebook` command line: check, new, new-cohort, migrate, schema and the recommended-parts report."""
