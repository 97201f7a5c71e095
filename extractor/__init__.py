"""hankeraportti: extract comparable facts from Finnish employment-project reports."""

__version__ = "0.1.0"
