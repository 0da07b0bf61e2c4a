// implemented with the protocol issue
