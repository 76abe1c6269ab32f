package org.copact.overview.drafting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The answers as an Excel workbook (Office Open XML, Apache POI): one sheet, the header row bold,
 * frozen and filterable, every cell a text (never a formula, whatever it begins with), wrapped.
 * A cell holds at most Excel's 32,767 characters: a longer answer is cut there, with an ellipsis
 * (the CSV and the page keep it whole).
 */
final class AnswersXlsx {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int CELL_LIMIT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final int WIDEST = 80;

    private AnswersXlsx() {
    }

    static byte[] of(AnswersTable table, String sheetName) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle bold = workbook.createCellStyle();
            bold.cloneStyleFrom(wrapped);
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            int[] widths = new int[table.header().size()];
            write(sheet.createRow(0), table.header(), bold, widths);
            for (int i = 0; i < table.rows().size(); i++) {
                write(sheet.createRow(i + 1), table.rows().get(i), wrapped, widths);
            }
            for (int column = 0; column < widths.length; column++) {
                sheet.setColumnWidth(column, 256 * Math.min(WIDEST, Math.max(10, widths[column] + 2)));
            }
            sheet.createFreezePane(0, 1);
            if (widths.length > 0) {
                sheet.setAutoFilter(new CellRangeAddress(0, table.rows().size(), 0, widths.length - 1));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the workbook", e);
        }
    }

    private static void write(Row row, List<String> cells, CellStyle style, int[] widths) {
        for (int column = 0; column < cells.size(); column++) {
            String value = cells.get(column) == null ? "" : cells.get(column);
            if (value.length() > CELL_LIMIT) {
                value = value.substring(0, CELL_LIMIT - 1) + "\u2026";
            }
            var cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(style);
            for (String line : value.split("\n", -1)) {
                widths[column] = Math.max(widths[column], line.length());
            }
        }
    }
}
