"""Use cases: one function is one user action is one transaction.

Each mutating function takes the open ``EventFile`` first, validates, writes in
one ``write()`` transaction and returns ``Done(value, changes)`` so the caller
can refresh only what changed. Errors are ``CafedeskError``s with sentences a
facilitator understands.
"""
