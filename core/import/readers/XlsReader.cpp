#include "XlsReader.h"

#include "model/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryFile>

namespace rectrack {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rectrack::XlsReader)
};

constexpr qint64 MaxFileBytes = 128LL * 1024 * 1024;
constexpr int ReaderTimeoutMs = 120'000;

// "EncryptionInfo" in UTF-16: the stream an encrypted .xlsx keeps in its compound file.
bool isEncryptedPackage(const QByteArray& bytes) {
    return bytes.contains(QByteArray::fromRawData(reinterpret_cast<const char*>(u"EncryptionInfo"), 28));
}

[[noreturn]] void passwordProtected() {
    throw Error(Error::Kind::Invalid, Text::tr("这个工作簿设置了打开密码，无法读取。请在 Excel 或 WPS 中打开它，"
                                               "在“文件 → 信息 → 保护工作簿”（WPS：“文件 → 文档加密”）中去掉密码，保存后再导入。"));
}

[[noreturn]] void damaged(const QString& why = {}) {
    throw Error(Error::Kind::Invalid, Text::tr("旧版 Excel 工作簿（.xls）已损坏，无法读取%1。请在 Excel 或 WPS 中打开它，"
                                               "另存为 .xlsx 后再导入。")
                                          .arg(why.isEmpty() ? QString() : QStringLiteral("（%1）").arg(why)));
}

// The helper program: $RECTRACK_XLS_READER, else beside this program, else where the package
// installs it (/usr/lib/rectrack beside /usr/bin), else in a build folder's app/ (for the tests
// in tests/ and the fuzzers in tests/fuzz/).
QString readerProgram() {
    const QString given = qEnvironmentVariable("RECTRACK_XLS_READER");
    if (!given.isEmpty())
        return given;
    const QString here = QCoreApplication::applicationDirPath();
    for (const QString& candidate : {QDir(here).filePath(QStringLiteral("rectrack-xls-reader")),
                                     QDir(here).filePath(QStringLiteral("../lib/rectrack/rectrack-xls-reader")),
                                     QDir(here).filePath(QStringLiteral("../app/rectrack-xls-reader")),
                                     QDir(here).filePath(QStringLiteral("../../app/rectrack-xls-reader"))})
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    throw Error(Error::Kind::Storage, Text::tr("找不到读取旧版 Excel 工作簿的程序 rectrack-xls-reader：请重新安装整改台账。"));
}
} // namespace

bool isCompoundFile(const QByteArray& bytes) {
    return bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
}

Workbook readXls(const QByteArray& bytes) {
    if (!isCompoundFile(bytes))
        throw Error(Error::Kind::Invalid, Text::tr("这不是旧版 Excel 工作簿（.xls）：文件已损坏，或是别的格式改了扩展名。"));
    if (isEncryptedPackage(bytes))
        passwordProtected();
    if (bytes.size() > MaxFileBytes)
        throw Error(Error::Kind::Invalid, Text::tr("工作簿过大，无法导入：请分成几个文件。"));
    // FreeXL reads a file by its path, in a process of its own (app/xlsreader): the bytes go to
    // a private temporary file first.
    QTemporaryFile file;
    if (!file.open() || file.write(bytes) != bytes.size() || !file.flush())
        throw Error(Error::Kind::Storage, Text::tr("无法写入临时文件：%1").arg(file.errorString()));
    QProcess reader;
    reader.setProcessChannelMode(QProcess::SeparateChannels);
    reader.setStandardInputFile(QProcess::nullDevice());
    reader.start(readerProgram(), {file.fileName()});
    if (!reader.waitForStarted())
        throw Error(Error::Kind::Storage, Text::tr("无法启动 rectrack-xls-reader：%1").arg(reader.errorString()));
    if (!reader.waitForFinished(ReaderTimeoutMs)) {
        reader.kill();
        reader.waitForFinished();
        damaged(Text::tr("读取超时"));
    }
    if (reader.exitStatus() != QProcess::NormalExit || reader.exitCode() != 0)
        damaged();
    QJsonParseError parseError;
    const QJsonObject answer = QJsonDocument::fromJson(reader.readAllStandardOutput(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        damaged();
    const QString error = answer.value(QStringLiteral("error")).toString();
    if (error == u"password")
        passwordProtected();
    if (error == u"not_workbook")
        throw Error(Error::Kind::Invalid, Text::tr("这个文件里没有 Excel 工作簿：它可能是 Word（.doc）等别的 Office 文件，"
                                                   "或是设置了打开密码的工作簿。"));
    if (error == u"too_large")
        throw Error(Error::Kind::Invalid, Text::tr("工作簿的单元格过多（超过五百万个），无法导入：请分成几个文件。"));
    if (!error.isEmpty())
        damaged();
    Workbook workbook;
    for (const QJsonValue& s : answer.value(QStringLiteral("sheets")).toArray()) {
        const QJsonObject sheet = s.toObject();
        Sheet read{sheet.value(QStringLiteral("name")).toString(), {}, false};
        if (read.name.isEmpty())
            read.name = Text::tr("工作表%1").arg(workbook.sheets.size() + 1);
        for (const QJsonValue& r : sheet.value(QStringLiteral("rows")).toArray()) {
            const QJsonArray row = r.toArray();
            QStringList cells;
            for (const QJsonValue& c : row.at(1).toArray())
                cells << c.toString();
            read.rows.append({row.at(0).toInt(), cells, {}});
        }
        workbook.sheets.append(read);
    }
    return workbook;
}

} // namespace rectrack
