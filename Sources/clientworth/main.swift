import ClientWorthCLI

#if canImport(Glibc)
  import Glibc
#endif

exit(ClientWorthCLI.main())
