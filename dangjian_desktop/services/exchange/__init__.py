"""数据包: one branch's records in a signed zip (export at the branch, import and merge at the township).

``keys`` holds this computer's Ed25519 key pair; ``tables`` finds the rows of one branch in every table
and turns them into JSON and back; ``package`` writes and reads (verifies) the zip; ``merge`` brings a
verified package into a database by UUID.
"""
