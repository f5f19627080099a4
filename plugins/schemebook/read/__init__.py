"""Reading input: YAML text to plain data with every position kept, syntax and size limits, control characters,
unquoted scalars, pydantic validation turned into located errors, and the data files a scheme names."""
