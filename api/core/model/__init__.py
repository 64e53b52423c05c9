"""The value model: what an opportunity is worth beyond the obvious.

Public interface (used by the HTTP API and the CLI)::

    MODEL_VERSION: str
    analyse(opportunity: dict) -> dict
        profile-independent analysis, JSON-serializable, cached by the API
    estimate(opportunity: dict, analysis: dict, profile: dict | None,
             today: datetime.date | None = None) -> dict
        the estimate (without the ``cache`` field, which the API adds)
"""
