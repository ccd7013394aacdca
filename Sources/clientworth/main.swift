import ClientWorthCLI

#if canImport(Glibc)
  import Glibc

  /// glibc's `mallopt(3)`, which its Swift module does not export.
  @_silgen_name("mallopt") private func mallopt(_ parameter: Int32, _ value: Int32) -> Int32
  /// `M_ARENA_MAX` in glibc's `malloc.h`.
  private let mallocArenaMax: Int32 = -8

  // glibc gives a second thread an arena of its own, and memory freed there (the import's later
  // half folds and frees its rows there) cannot serve the analysis on the first: one arena keeps
  // a large import's peak memory lower, and the threads allocate too seldom to wait for it.
  _ = mallopt(mallocArenaMax, 1)
#endif

exit(ClientWorthCLI.main())
