"""The MkDocs (and ProperDocs) adapter: the plugin and its typed config, the host theme, the engine's differences,
publishing a build whole, landmarks, and the preview's caches. The only package that imports MkDocs."""
