#!/usr/bin/env python3
"""Writes tests/fixtures/sheets/ledger.xls: an office's ledger as old Excel saves it (BIFF8),
for the .xls reader's tests. Run by hand when the fixture must change (needs python3-xlwt,
which the build and the tests do not): python3 scripts/make-xls-fixture.py OUT.xls

What it holds: a title row and a unit/date row above the header; a problem merged down over
its two measures; a category row merged across the table; a deadline as an Excel date, one as
words and one as a number; a total row; and a second sheet of notes that is not a ledger."""
import datetime
import sys

import xlwt

book = xlwt.Workbook(encoding="utf-8")
notes = book.add_sheet("填表说明")
notes.write(0, 0, "本表由各责任单位按月填报")
sheet = book.add_sheet("整改台账")
date = xlwt.easyxf(num_format_str="yyyy-mm-dd")
sheet.write_merge(0, 0, 0, 7, "示例县林业局巡察反馈问题整改台账")
sheet.write(1, 0, "填报单位：示例县林业局")
sheet.write(1, 6, "填报日期：2025年5月6日")
for c, title in enumerate(["序号", "反馈问题", "整改措施", "责任领导", "牵头单位", "责任人", "完成时限", "完成情况"]):
    sheet.write(2, c, title)
sheet.write_merge(3, 3, 0, 7, "一、落实全面从严治党责任方面")
sheet.write_merge(4, 5, 0, 0, 1)
sheet.write_merge(4, 5, 1, 1, "林业生态补偿资金发放审核不严")
sheet.write(4, 2, "逐户复核补偿资金发放名册")
sheet.write(5, 2, "追回多发的补偿资金")
sheet.write_merge(4, 5, 3, 3, "赵副局长")
sheet.write(4, 4, "计划财务股")
sheet.write(5, 4, "计划财务股、生态股")
sheet.write(4, 5, "钱会计")
sheet.write(5, 5, "孙股长")
sheet.write(4, 6, datetime.date(2025, 6, 30), date)
sheet.write(5, 6, "立行立改")
sheet.write(4, 7, "已完成")
sheet.write(5, 7, "正在推进")
sheet.write(6, 0, 2)
sheet.write(6, 1, "护林员管理考核流于形式")
sheet.write(6, 2, "修订护林员考核办法")
sheet.write(6, 4, "资源管理股")
sheet.write(6, 6, "长期坚持")
sheet.write(6, 7, "长期坚持")
sheet.write(7, 0, "合计")
sheet.write(7, 1, "2个问题")
sheet.write(7, 2, "3项措施")
book.save(sys.argv[1] if len(sys.argv) > 1 else "ledger.xls")
