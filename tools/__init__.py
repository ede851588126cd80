"""Developer scripts (not shipped): setting up a machine, compiling Designer forms."""
