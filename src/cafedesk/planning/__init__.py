"""Solvers on plain data: topic placement and café table rotation.

Nothing here knows about the store or Qt; services translate the event into
these problems and the results back into changes.
"""
