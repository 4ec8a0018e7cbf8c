/// The experiments' English: every string, one extension per lesson topic in this folder.
struct EnglishStrings: ExperimentStrings {}
