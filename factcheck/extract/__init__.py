"""Claim extraction: numbers, hedges, units, counted things, dates and scopes."""
from .core import extract

__all__ = ["extract"]
