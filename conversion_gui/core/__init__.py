"""The app's core: no Qt here, so the command line, tests and benchmarks use it directly."""
