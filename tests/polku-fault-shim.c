/* polku-fault-shim.c: makes one call on the files of a folder fail, as a
 * full disk, a quota, a failing disk or a permission would
 *
 * Loaded with LD_PRELOAD, it stands between the program and the C library
 * for open(), openat(), mkstemp(), write(), fsync(), close() and rename().
 * Only calls on the files of one folder are counted (paths under it, and
 * the descriptors opened there); all others pass untouched. The Nth counted
 * call fails with an error that call can give, which the seed picks; the
 * seed also makes some write() calls short or interrupted (EINTR), which a
 * careful writer carries on from.
 *
 * A process started with
 *   POLKU_FAULT_DIR=FOLDER POLKU_FAULT=SEED:N
 * is armed from the start and says on standard error which call it made
 * fail and, at its end, how many calls it counted. A test armed in its own process calls polku_fault_arm() and the
 * functions below, which it finds with dlsym().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The shim defines open() and open64() both: no renaming by the headers. */
#undef _FILE_OFFSET_BITS
#undef _FORTIFY_SOURCE
#define _GNU_SOURCE

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define MAX_FDS 65536

enum
{
  UNTRACKED = 0,
  TRACKED_FILE,
  TRACKED_DIR,
};

/* What the test set. */
static char watched_dir[PATH_MAX];
static size_t watched_length;
static int armed;
static uint64_t seed;
static long fail_at;
static int report_on_stderr;

/* What happened since. */
static long n_calls;
static long n_noise;
static char failed[128];

static unsigned char tracked[MAX_FDS];

static int (*real_openat) (int, const char *, int, ...);
static int (*real_openat64) (int, const char *, int, ...);
static int (*real_mkstemp) (char *);
static int (*real_mkostemp) (char *, int);
static ssize_t (*real_write) (int, const void *, size_t);
static int (*real_fsync) (int);
static int (*real_fdatasync) (int);
static int (*real_close) (int);
static int (*real_rename) (const char *, const char *);
static int (*real_renameat) (int, const char *, int, const char *);
static int (*real_renameat2) (int, const char *, int, const char *, unsigned int);

#define RESOLVE(name) (real_##name = dlsym (RTLD_NEXT, #name))

static void
resolve_all (void)
{
  if (real_close != NULL)
    return;
  RESOLVE (openat);
  RESOLVE (openat64);
  RESOLVE (mkstemp);
  RESOLVE (mkostemp);
  RESOLVE (write);
  RESOLVE (fsync);
  RESOLVE (fdatasync);
  RESOLVE (rename);
  RESOLVE (renameat);
  RESOLVE (renameat2);
  RESOLVE (close);
}

/* A number from the seed and n, the same every run. */
static uint64_t
mix (uint64_t n)
{
  uint64_t z = seed + n * 0x9E3779B97F4A7C15ull;

  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

void polku_fault_arm        (const char *dir,
                             uint64_t    fault_seed,
                             long        fault_at);
void polku_fault_disarm     (void);
long polku_fault_get_calls  (void);
const char *polku_fault_get_failed (void);

void
polku_fault_arm (const char *dir,
                 uint64_t    fault_seed,
                 long        fault_at)
{
  resolve_all ();
  __atomic_store_n (&armed, 0, __ATOMIC_SEQ_CST);
  snprintf (watched_dir, sizeof watched_dir, "%s", dir);
  watched_length = strlen (watched_dir);
  while (watched_length > 1 && watched_dir[watched_length - 1] == '/')
    watched_dir[--watched_length] = '\0';
  seed = fault_seed;
  fail_at = fault_at;
  n_calls = 0;
  n_noise = 0;
  failed[0] = '\0';
  __atomic_store_n (&armed, 1, __ATOMIC_SEQ_CST);
}

void
polku_fault_disarm (void)
{
  __atomic_store_n (&armed, 0, __ATOMIC_SEQ_CST);
}

/* How many calls were counted since the shim was armed. */
long
polku_fault_get_calls (void)
{
  return __atomic_load_n (&n_calls, __ATOMIC_SEQ_CST);
}

/* Which call was made to fail and how ("write ENOSPC"), or NULL. */
const char *
polku_fault_get_failed (void)
{
  return failed[0] != '\0' ? failed : NULL;
}

__attribute__ ((constructor)) static void
polku_fault_init (void)
{
  const char *dir = getenv ("POLKU_FAULT_DIR");
  const char *fault = getenv ("POLKU_FAULT");
  unsigned long long fault_seed;
  long fault_at;

  resolve_all ();
  if (dir != NULL && fault != NULL && sscanf (fault, "%llu:%ld", &fault_seed, &fault_at) == 2)
    {
      report_on_stderr = 1;
      polku_fault_arm (dir, fault_seed, fault_at);
    }
}

__attribute__ ((destructor)) static void
polku_fault_report (void)
{
  char line[96];
  int length;

  if (!report_on_stderr)
    return;
  length = snprintf (line, sizeof line, "polku-fault-shim: calls: %ld\n", n_calls);
  real_write (2, line, (size_t) length);
}

static int
is_armed (void)
{
  return __atomic_load_n (&armed, __ATOMIC_SEQ_CST);
}

static int
path_is_watched (int         dirfd,
                 const char *path)
{
  char absolute[PATH_MAX];

  if (path == NULL)
    return 0;
  if (path[0] != '/')
    {
      if (dirfd != AT_FDCWD)
        return dirfd >= 0 && dirfd < MAX_FDS && tracked[dirfd] != UNTRACKED;
      if (getcwd (absolute, sizeof absolute) == NULL)
        return 0;
      if (strlen (absolute) + 1 + strlen (path) >= sizeof absolute)
        return 0;
      strcat (absolute, "/");
      strcat (absolute, path);
      path = absolute;
    }
  return strncmp (path, watched_dir, watched_length) == 0
         && (path[watched_length] == '/' || path[watched_length] == '\0');
}

static int
fd_kind (int fd)
{
  if (fd < 0 || fd >= MAX_FDS)
    return UNTRACKED;
  return __atomic_load_n (&tracked[fd], __ATOMIC_SEQ_CST);
}

static void
track (int fd,
       int kind)
{
  if (fd >= 0 && fd < MAX_FDS)
    __atomic_store_n (&tracked[fd], (unsigned char) kind, __ATOMIC_SEQ_CST);
}

/* Counts a call; when it is the one to fail, the errno it fails with,
 * picked from choices, else 0. */
static int
count_call (const char *what,
            const int  *choices,
            int         n_choices)
{
  long n = __atomic_add_fetch (&n_calls, 1, __ATOMIC_SEQ_CST);
  int error;

  if (n != fail_at)
    return 0;

  error = choices[mix ((uint64_t) n) % (uint64_t) n_choices];
  snprintf (failed, sizeof failed, "%s %s", what,
            error == ENOSPC ? "ENOSPC" : error == EDQUOT ? "EDQUOT" : error == EIO ? "EIO"
            : error == EACCES ? "EACCES" : error == EROFS ? "EROFS" : error == EPERM ? "EPERM"
            : error == EFBIG ? "EFBIG" : error == EMFILE ? "EMFILE" : "?");
  if (report_on_stderr)
    {
      char line[192];
      int length = snprintf (line, sizeof line, "polku-fault-shim: call %ld fails: %s\n", n, failed);

      real_write (2, line, (size_t) length);
    }
  return error;
}

#define COUNT(what, ...) \
  count_call (what, (const int[]) { __VA_ARGS__ }, \
              sizeof ((const int[]) { __VA_ARGS__ }) / sizeof (int))

/* Fails with error when it is not 0, else returns what call returns. */
#define FAIL_OR_CALL(error, call)        \
  do                                    \
    {                                   \
      int error_ = (error);             \
                                        \
      if (error_ != 0)                  \
        {                               \
          errno = error_;               \
          return -1;                    \
        }                               \
      return (call);                    \
    }                                   \
  while (0)

/* Opening */

static int
is_directory_open (int         dirfd,
                   const char *path,
                   int         flags)
{
  struct stat info;

  if (flags & O_DIRECTORY)
    return 1;
  return (flags & O_CREAT) == 0 && fstatat (dirfd, path, &info, 0) == 0 && S_ISDIR (info.st_mode);
}

/* Before an open of path: the errno to fail with, or 0. */
static int
before_open (int         dirfd,
             const char *path,
             int         flags)
{
  if (!is_armed () || !path_is_watched (dirfd, path))
    return 0;
  if (is_directory_open (dirfd, path, flags))
    return COUNT ("open-dir", EACCES, EIO, EMFILE);
  return COUNT ("open", ENOSPC, EDQUOT, EACCES, EIO, EROFS, EMFILE);
}

static int
after_open (int         dirfd,
            const char *path,
            int         flags,
            int         fd)
{
  if (fd >= 0 && is_armed () && path_is_watched (dirfd, path))
    track (fd, is_directory_open (dirfd, path, flags) ? TRACKED_DIR : TRACKED_FILE);
  else if (fd >= 0)
    track (fd, UNTRACKED);
  return fd;
}

static mode_t
mode_argument (int     flags,
               va_list args)
{
  if ((flags & O_CREAT) != 0 || (flags & O_TMPFILE) == O_TMPFILE)
    return va_arg (args, mode_t);
  return 0;
}

/* Every open goes through openat(), relative to the working folder for
 * open(); large64 picks openat64(). */
static int
shim_openat (int         large64,
             int         dirfd,
             const char *path,
             int         flags,
             mode_t      mode)
{
  resolve_all ();
  FAIL_OR_CALL (before_open (dirfd, path, flags),
                after_open (dirfd, path, flags,
                            (large64 ? real_openat64 : real_openat) (dirfd, path, flags, mode)));
}

#define MODE_ARGUMENT(flags, mode) \
  do                               \
    {                              \
      va_list args;                \
                                   \
      va_start (args, flags);      \
      mode = mode_argument (flags, args); \
      va_end (args);               \
    }                              \
  while (0)

int
open (const char *path,
      int         flags,
      ...)
{
  mode_t mode;

  MODE_ARGUMENT (flags, mode);
  return shim_openat (0, AT_FDCWD, path, flags, mode);
}

int
open64 (const char *path,
        int         flags,
        ...)
{
  mode_t mode;

  MODE_ARGUMENT (flags, mode);
  return shim_openat (1, AT_FDCWD, path, flags, mode);
}

int
openat (int         dirfd,
        const char *path,
        int         flags,
        ...)
{
  mode_t mode;

  MODE_ARGUMENT (flags, mode);
  return shim_openat (0, dirfd, path, flags, mode);
}

int
openat64 (int         dirfd,
          const char *path,
          int         flags,
          ...)
{
  mode_t mode;

  MODE_ARGUMENT (flags, mode);
  return shim_openat (1, dirfd, path, flags, mode);
}

/* The fortified forms, which take no mode. */
int __open_2 (const char *path, int flags);
int __open64_2 (const char *path, int flags);
int __openat_2 (int dirfd, const char *path, int flags);
int __openat64_2 (int dirfd, const char *path, int flags);

int
__open_2 (const char *path,
          int         flags)
{
  return open (path, flags);
}

int
__open64_2 (const char *path,
            int         flags)
{
  return open64 (path, flags);
}

int
__openat_2 (int         dirfd,
            const char *path,
            int         flags)
{
  return openat (dirfd, path, flags);
}

int
__openat64_2 (int         dirfd,
              const char *path,
              int         flags)
{
  return openat64 (dirfd, path, flags);
}

/* mkstemp() opens inside the C library, out of the shim's reach: its open
 * is counted here, and a failure undoes what it made. */
static int
after_mkstemp (char *template,
               int   fd)
{
  int error;

  if (fd < 0 || !is_armed () || !path_is_watched (AT_FDCWD, template))
    return after_open (AT_FDCWD, template, 0, fd);
  if ((error = COUNT ("open", ENOSPC, EDQUOT, EACCES, EIO, EROFS, EMFILE)) != 0)
    {
      unlink (template);
      real_close (fd);
      errno = error;
      return -1;
    }
  return after_open (AT_FDCWD, template, O_CREAT, fd);
}

int
mkstemp (char *template)
{
  resolve_all ();
  return after_mkstemp (template, real_mkstemp (template));
}

int
mkostemp (char *template,
          int   flags)
{
  resolve_all ();
  return after_mkstemp (template, real_mkostemp (template, flags));
}

int mkstemp64 (char *template);
int mkostemp64 (char *template, int flags);

int
mkstemp64 (char *template)
{
  return mkstemp (template);
}

int
mkostemp64 (char *template,
            int   flags)
{
  return mkostemp (template, flags);
}

/* Writing and closing */

ssize_t
write (int         fd,
       const void *data,
       size_t      count)
{
  uint64_t noise;
  int error;

  resolve_all ();
  if (!is_armed () || fd_kind (fd) != TRACKED_FILE)
    return real_write (fd, data, count);

  /* Noise, not counted: interrupted before anything was written, or a
   * part of it written. */
  noise = mix ((uint64_t) __atomic_add_fetch (&n_noise, 1, __ATOMIC_SEQ_CST) << 32);
  if (noise % 5 == 0)
    {
      errno = EINTR;
      return -1;
    }

  if ((error = COUNT ("write", ENOSPC, EDQUOT, EIO, EFBIG)) != 0)
    {
      errno = error;
      return -1;
    }
  if (noise % 5 == 1 && count > 1)
    count = 1 + (size_t) ((noise >> 8) % (count - 1));
  return real_write (fd, data, count);
}

static int
sync_call (int   (*real) (int),
           int     fd,
           const char *file_what,
           const char *dir_what)
{
  int kind = fd_kind (fd);
  int error;

  if (!is_armed () || kind == UNTRACKED)
    return real (fd);
  if ((error = COUNT (kind == TRACKED_DIR ? dir_what : file_what, EIO, ENOSPC, EDQUOT)) != 0)
    {
      errno = error;
      return -1;
    }
  return real (fd);
}

int
fsync (int fd)
{
  resolve_all ();
  return sync_call (real_fsync, fd, "fsync", "fsync-dir");
}

int
fdatasync (int fd)
{
  resolve_all ();
  return sync_call (real_fdatasync, fd, "fdatasync", "fdatasync-dir");
}

int
close (int fd)
{
  int kind;
  int error = 0;
  int result;

  resolve_all ();
  kind = fd_kind (fd);
  if (kind != UNTRACKED)
    {
      track (fd, UNTRACKED);
      if (is_armed ())
        error = COUNT (kind == TRACKED_DIR ? "close-dir" : "close", EIO, ENOSPC, EDQUOT);
    }

  /* The descriptor is released even when close() fails, as on Linux. */
  result = real_close (fd);
  if (error != 0)
    {
      errno = error;
      return -1;
    }
  return result;
}

/* Renaming */

static int
before_rename (int         old_dirfd,
               const char *old_path,
               int         new_dirfd,
               const char *new_path)
{
  if (!is_armed () || !(path_is_watched (old_dirfd, old_path) || path_is_watched (new_dirfd, new_path)))
    return 0;
  return COUNT ("rename", EACCES, EIO, ENOSPC, EDQUOT, EROFS, EPERM);
}

int
rename (const char *old_path,
        const char *new_path)
{
  resolve_all ();
  FAIL_OR_CALL (before_rename (AT_FDCWD, old_path, AT_FDCWD, new_path),
                real_rename (old_path, new_path));
}

int
renameat (int         old_dirfd,
          const char *old_path,
          int         new_dirfd,
          const char *new_path)
{
  resolve_all ();
  FAIL_OR_CALL (before_rename (old_dirfd, old_path, new_dirfd, new_path),
                real_renameat (old_dirfd, old_path, new_dirfd, new_path));
}

int
renameat2 (int           old_dirfd,
           const char   *old_path,
           int           new_dirfd,
           const char   *new_path,
           unsigned int  flags)
{
  resolve_all ();
  FAIL_OR_CALL (before_rename (old_dirfd, old_path, new_dirfd, new_path),
                real_renameat2 (old_dirfd, old_path, new_dirfd, new_path, flags));
}
