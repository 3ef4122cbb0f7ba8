#include "BulletinDocument.h"

#include <QStringList>

namespace rectrack {

QString BulletinDocument::plainText() const {
    QStringList lines;
    lines.reserve(blocks.size());
    for (const BulletinBlock& block : blocks)
        lines.append(block.text);
    return lines.join(u'\n') + u'\n';
}

} // namespace rectrack
