"""Tests of dangjian_desktop.domain."""
