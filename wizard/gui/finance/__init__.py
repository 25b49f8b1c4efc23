"""The Financial case step: its page and the live figures and chart beside the fields."""
