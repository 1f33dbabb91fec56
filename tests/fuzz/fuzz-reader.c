/* fuzz-reader.c: libFuzzer harness for the journey file reader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Build with clang and run, for example:
 *   CC=clang meson setup _build-fuzz -Dfuzzing=true -Dapp=false
 *   ninja -C _build-fuzz tests/fuzz/fuzz-reader
 *   mkdir -p _fuzz/reader
 *   _build-fuzz/tests/fuzz/fuzz-reader -dict=tests/fuzz/polku.dict \
 *     -max_total_time=300 _fuzz/reader tests/corpus tests/fuzz/seeds
 *
 * libFuzzer adds what it finds to the first directory: keep that one out of
 * the source tree. The test suite runs every corpus file through the
 * harness with fuzz-files.c's main() instead of libFuzzer.
 */

#include "config.h"

#include "polku-core.h"

#include "fuzz-harness.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(PolkuDocument) document = polku_reader_load_bytes (bytes, "fuzz.polku", &error);

  if (document != NULL)
    {
      /* What loads must save, and what is saved must load again. */
      g_autoptr(GBytes) saved = polku_writer_write (document);
      g_autoptr(PolkuDocument) again = polku_reader_load_bytes (saved, "saved.polku", NULL);

      if (again == NULL)
        __builtin_trap ();
    }
  else if (error == NULL || error->domain != POLKU_FILE_ERROR)
    __builtin_trap ();

  return 0;
}
