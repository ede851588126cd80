"""Tests of dangjian_desktop.ui."""
