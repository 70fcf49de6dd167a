// parse_floor: the benchmark's baseline. Reads every *.yaml/*.yml file below
// the given paths, loads each with yaml-cpp and visits every scalar, spread
// over threads the way `starbank lint` spreads files (one worker per core,
// or --jobs N, taking the next file from a shared counter). It does nothing
// else, so its files/s is the floor starbank's own rate is compared with.
//
//   parse_floor [--jobs N] [--events] PATH...
//
// --events drives yaml-cpp's event parser with an empty handler instead of
// building YAML::Node trees: the cheaper route starbank's reader takes.
// Prints "files N scalars N bytes N"; exits 2 on a usage error.
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

namespace fs = std::filesystem;

struct Counts {
  size_t files = 0;
  size_t scalars = 0;
  size_t bytes = 0;
};

bool IsYaml(const fs::path& p) {
  return p.extension() == ".yaml" || p.extension() == ".yml";
}

std::vector<std::string> Walk(const std::vector<std::string>& roots) {
  std::vector<std::string> out;
  for (const std::string& root : roots) {
    if (fs::is_regular_file(root)) {
      out.push_back(root);
      continue;
    }
    std::error_code ec;
    for (fs::recursive_directory_iterator it(root, ec), end; it != end; it.increment(ec)) {
      if (it->is_regular_file() && IsYaml(it->path())) out.push_back(it->path().string());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

void Visit(const YAML::Node& n, Counts* c) {
  switch (n.Type()) {
    case YAML::NodeType::Scalar:
      ++c->scalars;
      c->bytes += n.Scalar().size();
      break;
    case YAML::NodeType::Sequence:
      for (const YAML::Node& item : n) Visit(item, c);
      break;
    case YAML::NodeType::Map:
      for (const auto& kv : n) {
        Visit(kv.first, c);
        Visit(kv.second, c);
      }
      break;
    default:
      break;
  }
}

// Counts scalars as the parser reports them; builds nothing.
class CountingHandler : public YAML::EventHandler {
 public:
  explicit CountingHandler(Counts* c) : c_(c) {}
  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                const std::string& value) override {
    ++c_->scalars;
    c_->bytes += value.size();
  }
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}

 private:
  Counts* c_;
};

void ParseOne(const std::string& path, bool events, Counts* c) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream content;
  content << in.rdbuf();
  ++c->files;
  try {
    if (events) {
      YAML::Parser parser(content);
      CountingHandler handler(c);
      while (parser.HandleNextDocument(handler)) {
      }
    } else {
      for (const YAML::Node& doc : YAML::LoadAll(content)) Visit(doc, c);
    }
  } catch (const YAML::Exception&) {
    // A broken file costs what it costs; the floor does not report it.
  }
}

}  // namespace

int main(int argc, char** argv) {
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  bool events = false;
  std::vector<std::string> roots;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--jobs") == 0 && i + 1 < argc) {
      jobs = static_cast<unsigned>(std::max(1, std::atoi(argv[++i])));
    } else if (std::strcmp(argv[i], "--events") == 0) {
      events = true;
    } else {
      roots.push_back(argv[i]);
    }
  }
  if (roots.empty()) {
    std::fprintf(stderr, "usage: parse_floor [--jobs N] [--events] PATH...\n");
    return 2;
  }
  std::vector<std::string> files = Walk(roots);
  jobs = std::min<unsigned>(jobs, static_cast<unsigned>(std::max<size_t>(1, files.size())));
  std::vector<Counts> counts(jobs);
  std::atomic<size_t> next{0};
  auto worker = [&](Counts* c) {
    for (size_t i = next++; i < files.size(); i = next++) ParseOne(files[i], events, c);
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < jobs; ++t) pool.emplace_back(worker, &counts[t]);
  worker(&counts[0]);
  for (std::thread& t : pool) t.join();
  Counts total;
  for (const Counts& c : counts) {
    total.files += c.files;
    total.scalars += c.scalars;
    total.bytes += c.bytes;
  }
  std::printf("files %zu scalars %zu bytes %zu\n", total.files, total.scalars, total.bytes);
  return 0;
}
