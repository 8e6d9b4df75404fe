"""The wall kit: everything the paper wall of the event needs (issue: print centre)."""
