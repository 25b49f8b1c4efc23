"""Keeping work safe: autosave to the recovery area, the recovery offer at launch, and file locks."""
