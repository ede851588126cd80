"""党费: standards (核定), payments, the ledger every view reads, reports and exports."""
