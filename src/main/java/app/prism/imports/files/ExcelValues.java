package app.prism.imports.files;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

import org.dhatim.fastexcel.reader.Cell;

/**
 * An Excel cell as text: text as is; numbers as Excel shows them at full precision (15 significant digits, which
 * hides binary artefacts such as 0.30000000000000004), without ".0" for whole numbers and never with an exponent;
 * numbers in a date format as ISO yyyy-MM-dd, or yyyy-MM-ddTHH:mm:ss when the value has a time of day (HH:mm:ss for a
 * time without a date); booleans "true"/"false"; errors as Excel shows them ("#N/A"); formulas by their cached value.
 */
final class ExcelValues {

    private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_EVEN);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    /** 9999-12-31, the last date Excel knows. */
    private static final BigDecimal MAX_SERIAL = BigDecimal.valueOf(2_958_466);
    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

    private ExcelValues() {
    }

    static String text(Cell cell, boolean date1904) {
        if (cell == null) {
            return "";
        }
        Object value = cell.getValue();
        switch (cell.getType()) {
            case EMPTY:
                return "";
            case ERROR:
                return cell.getRawValue() == null ? "" : cell.getRawValue();
            default:
                break;
        }
        if (value == null) {
            return cell.getRawValue() == null ? "" : cell.getRawValue();
        }
        if (value instanceof BigDecimal number) {
            if (isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())) {
                String date = date(number, date1904, cell.getDataFormatString());
                if (date != null) {
                    return date;
                }
            }
            return number(number);
        }
        if (value instanceof Boolean b) {
            return b ? "true" : "false";
        }
        return value.toString();
    }

    static String number(BigDecimal number) {
        BigDecimal rounded = number.round(EXCEL_PRECISION).stripTrailingZeros();
        if (rounded.signum() == 0) {
            return "0";
        }
        return rounded.toPlainString();
    }

    /** The serial number as an ISO date (time), or null when it is no date Excel could show. */
    static String date(BigDecimal serial, boolean date1904, String format) {
        if (serial.signum() < 0 || serial.compareTo(MAX_SERIAL) >= 0) {
            return null;
        }
        long days = serial.longValue();
        long seconds = serial.subtract(BigDecimal.valueOf(days)).multiply(SECONDS_PER_DAY)
                .setScale(0, RoundingMode.HALF_UP).longValue();
        if (seconds >= 86_400) {
            days++;
            seconds -= 86_400;
        }
        LocalTime time = LocalTime.ofSecondOfDay(seconds);
        if (days == 0 && !date1904 && format != null && !hasDatePart(format)) {
            return TIME.format(time);
        }
        LocalDate date;
        if (date1904) {
            date = LocalDate.of(1904, 1, 1).plusDays(days);
        } else if (days < 61) {
            // Excel counts the non-existent 1900-02-29 (serial 60); serials before it start on 1899-12-31.
            date = LocalDate.of(1899, 12, 31).plusDays(days);
        } else {
            date = LocalDate.of(1899, 12, 30).plusDays(days);
        }
        if (seconds == 0) {
            return date.toString();
        }
        return DATE_TIME.format(LocalDateTime.of(date, time));
    }

    /** Built-in date/time formats 14–22, 45–47 (and the East Asian 27–36, 50–58), or a format code with date parts. */
    static boolean isDateFormat(Integer id, String format) {
        if (format != null && !format.isBlank()) {
            String code = significant(format);
            for (int i = 0; i < code.length(); i++) {
                switch (code.charAt(i)) {
                    case 'y', 'd', 'm', 'h', 's':
                        return true;
                    default:
                        break;
                }
            }
            return false;
        }
        if (id == null) {
            return false;
        }
        int n = id;
        return (n >= 14 && n <= 22) || (n >= 27 && n <= 36) || (n >= 45 && n <= 47) || (n >= 50 && n <= 58);
    }

    private static boolean hasDatePart(String format) {
        String code = significant(format);
        return code.indexOf('y') >= 0 || code.indexOf('d') >= 0;
    }

    /**
     * The first section of a format code, lower case, without quoted text, escaped characters, bracketed parts
     * (colours, locales, conditions, elapsed time), padding and fill characters.
     */
    static String significant(String format) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == ';') {
                break;
            } else if (c == '"') {
                int end = format.indexOf('"', i + 1);
                i = end < 0 ? format.length() : end;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else if (c == '[') {
                int end = format.indexOf(']', i + 1);
                i = end < 0 ? format.length() : end;
            } else {
                out.append(Character.toLowerCase(c));
            }
        }
        String code = out.toString();
        return code.equals("general") ? "" : code;
    }
}
