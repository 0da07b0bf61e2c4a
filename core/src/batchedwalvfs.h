#pragma once

#include <QtGlobal>

namespace syncscope::detail {

// An SQLite VFS that writes each commit's WAL frames with one system call per 120 KiB instead
// of two per page. SQLite writes a WAL frame as two pwrite()s, its 24-byte header and then the
// page, so a 256 KiB DOWNLOAD cost 130 system calls (each page straddling two of the kernel's
// pages, as the headers shift them); in a bulk download that was most of the client's time in
// the store once the checkpoint had left its thread.
//
// It sits in front of SQLite's default VFS and changes nothing but how WAL writes reach it:
// consecutive writes to a WAL file collect in a buffer (one per thread, 120 KiB) that goes
// to the file in one write
//   - once it holds a commit frame whole (the frame header's "database size after commit"
//     field is not zero), so a commit is in the file before SQLite makes it visible in the WAL
//     index, and an error writing it fails that commit, as a failed pwrite() does;
//   - before any other operation on the WAL file (read, sync, size, truncate, close, ...), so
//     SQLite never sees the file without its own writes;
//   - when a write does not continue the buffered bytes or does not fit.
// Nothing is held across a commit: what a killed process loses is what SQLite loses when it is
// killed in the middle of writing a commit (that commit, which never returned).
//
// A checkpoint's copy of the WAL into the database file (one write per 4 KiB page) collects in
// the same buffer too, between SQLite's SQLITE_FCNTL_CKPT_START and SQLITE_FCNTL_CKPT_DONE:
// the kernel then takes the pages in large folios instead of one page at a time. Everything is
// in the file at CKPT_DONE, before SQLite records the frames as copied and before it syncs or
// truncates the file; the blocks of pages beyond the file's end are reserved when the
// checkpoint begins (fallocate() for SQLite's SQLITE_FCNTL_SIZE_HINT), so writing the last
// collected bytes cannot fail for a full disk (where they cannot be reserved, or the file is
// not one SQLite's unix VFS opened, the checkpoint writes page by page as before). A killed
// process loses nothing either: the WAL keeps every frame until a complete checkpoint has
// synced the file.
//
// The sync of a durable commit (one that syncs the WAL while holding its write lock) whose
// frames end near the WAL file's end appends zeros past them first, so that the commits after
// it sync into blocks the file already has (see reserveAhead() for why and why it is safe).
//
// Returns the VFS's name for a URI's vfs= parameter, registered on the first call (not as the
// default); nullptr if SQLite cannot register it (then the default VFS is used).
const char *batchedWalVfsName();

// WAL writes this VFS handed to the VFS below since the process started (tests).
quint64 batchedWalWritesForTesting();
// Writes into database files (not WALs) this VFS handed to the VFS below since the process
// started (tests).
quint64 batchedDatabaseWritesForTesting();
// Reads of WAL frames that checkpoints read ahead with, since the process started (tests).
quint64 batchedCheckpointWalReadsForTesting();
// Syncs of a durable commit that extended the WAL with zeros ahead of its frames, since the
// process started (tests).
quint64 batchedWalReservesForTesting();
// Called when a checkpoint's last collected write fails at SQLITE_FCNTL_CKPT_DONE, after SQLite
// has counted its pages as copied (the file and SQLite's error code). The default stops the
// process at once (qFatal), as a kill would: the WAL still holds the pages and the next open
// copies them again, where going on could let a reader take pages that were never written.
// Tests put their own in (nullptr: the default again); returns the one before.
using LostCopyHandler = void (*)(const char *path, int error);
LostCopyHandler setBatchedWalLostCopyHandlerForTesting(LostCopyHandler handler);

} // namespace syncscope::detail
