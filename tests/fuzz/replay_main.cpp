// Replays a fuzz corpus without libFuzzer: runs every file of the directory given as
// argv[1] through LLVMFuzzerTestOneInput, in name order. Exits 1 when the directory is
// missing or holds no file; a failing input aborts inside the target.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  if (argc != 2) {
    std::cerr << "usage: " << argv[0] << " CORPUS_DIR\n";
    return 1;
  }
  std::error_code ec;
  if (!fs::is_directory(argv[1], ec)) {
    std::cerr << "corpus directory " << argv[1] << " is missing\n";
    return 1;
  }
  std::vector<fs::path> files;
  for (const fs::directory_entry& e : fs::directory_iterator(argv[1], ec)) {
    if (e.is_regular_file()) files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  if (files.empty()) {
    std::cerr << "corpus directory " << argv[1] << " is empty\n";
    return 1;
  }
  for (const fs::path& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::cout << "replaying " << f.filename().string() << " (" << bytes.size() << " bytes)\n";
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
  }
  std::cout << files.size() << " inputs replayed\n";
  return 0;
}
