"""Fixtures shared by the service tests: a branch with a finalized meeting and its photo, and a township
database (tests/services/test_exchange.py) for the 数据包 tests in other files."""

from tests.services.test_exchange import side, town  # noqa: F401
