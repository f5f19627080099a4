"""The base of every model: unknown keys refused, docstrings become the field reference."""

from pydantic import BaseModel, ConfigDict


class StrictModel(BaseModel):
    """A section of a scheme file: unknown keys are errors, text is trimmed."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        str_strip_whitespace=True,
        coerce_numbers_to_str=True,
        use_attribute_docstrings=True,
        validate_default=False,
    )
