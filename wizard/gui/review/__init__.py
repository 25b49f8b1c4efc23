"""The Review step: readiness scores, what is missing or weak, and answering warnings."""
