#pragma once
// The JSON form of a parsed bulletin (`rectrack-cli import --json`, docs/import.md).

#include "ParsedBulletin.h"

#include <QJsonObject>

namespace rectrack {

QJsonObject toJson(const ParsedBulletin& bulletin);

} // namespace rectrack
