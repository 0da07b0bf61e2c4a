// implemented with the monitor issue
