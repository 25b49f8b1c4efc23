"""The Export step: options, the live slide preview, and exports run in a child process."""
