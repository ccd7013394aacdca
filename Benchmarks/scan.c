/* The floor: the least a CSV reader must do, which is to look at every byte once.
 *
 *     cc -O2 -o scan Benchmarks/scan.c && ./scan FILE...
 *
 * Reads each file in 4 MiB chunks with read(2) and counts its newlines, commas and double quotes; prints
 * the byte count and the three counts (so the compiler cannot skip the work). No parsing, no quote state,
 * no allocation per row: anything that imports the same files cannot be expected to beat this.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { chunk_size = 4 << 20 };

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s FILE...\n", argv[0]);
    return 64;
  }
  unsigned char *buffer = malloc(chunk_size);
  if (buffer == NULL) {
    perror("malloc");
    return 71;
  }
  unsigned long long bytes = 0, newlines = 0, commas = 0, quotes = 0;
  for (int i = 1; i < argc; i++) {
    int fd = open(argv[i], O_RDONLY);
    if (fd < 0) {
      fprintf(stderr, "%s: %s\n", argv[i], strerror(errno));
      return 66;
    }
    ssize_t n;
    while ((n = read(fd, buffer, chunk_size)) > 0) {
      /* Separate counters of a fixed-size type let the compiler keep them in vector registers. */
      unsigned long long nl = 0, co = 0, qu = 0;
      for (ssize_t k = 0; k < n; k++) {
        unsigned char c = buffer[k];
        nl += c == '\n';
        co += c == ',';
        qu += c == '"';
      }
      newlines += nl;
      commas += co;
      quotes += qu;
      bytes += (unsigned long long)n;
    }
    if (n < 0) {
      fprintf(stderr, "%s: %s\n", argv[i], strerror(errno));
      return 66;
    }
    close(fd);
  }
  printf("%llu bytes, %llu newlines, %llu commas, %llu quotes\n", bytes, newlines, commas, quotes);
  free(buffer);
  return 0;
}
