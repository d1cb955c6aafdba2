"""Accounting for the reports handled: the yearly report's numbers and their formats."""
