#include "starbank/story.h"

namespace starbank {

bool Section::empty() const {
  for (char c : text) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
  }
  return true;
}

const char* PartName(Part p) {
  static const char* kNames[] = {"situation", "task", "action", "result", "learning"};
  return kNames[static_cast<int>(p)];
}

}  // namespace starbank
