import FuzzSupport

@_cdecl("fuzz_lexicon_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runFuzzer(argc, argv, testOneInput)
}
