/* fuzz-reader.c: libFuzzer harness for the journey file reader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Build with -Dfuzzing=true (clang), then run, for example:
 *   _build/tests/fuzz/fuzz-reader -max_total_time=60 tests/corpus
 */

#include "config.h"

#include <stdint.h>

#include "polku-core.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

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
