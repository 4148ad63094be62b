package io.newsflow.processor.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Normalises the dates pages state in their metadata to ISO-8601: the full date-time with its offset when
 * the page gives one, else only the day, since a time without a zone is no instant.
 */
final class IsoDates {

    /** ISO with the usual liberties: space for 'T', offsets with or without a colon, any fraction. */
    private static final DateTimeFormatter LENIENT_ISO = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendPattern("[XXX][XX][X]").optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.ROOT);
    private static final int MAX_LENGTH = 64;

    private IsoDates() {
    }

    /** @return an ISO offset date-time, an ISO date, or null when the value is no date this reads */
    static String normalize(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > MAX_LENGTH) {
            return null;
        }
        String value = raw.strip();
        if (value.length() > 11 && value.charAt(10) == ' ' && Character.isDigit(value.charAt(11))) {
            value = value.substring(0, 10) + 'T' + value.substring(11).replace(" ", "");
        }
        try {
            TemporalAccessor parsed = LENIENT_ISO.parseBest(value, OffsetDateTime::from, LocalDateTime::from,
                    LocalDate::from);
            if (parsed instanceof OffsetDateTime dateTime) {
                return dateTime.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            }
            return LocalDate.from(parsed).toString();
        } catch (DateTimeParseException e) {
            return rfc1123(value);
        }
    }

    /** "Mon, 18 Nov 2019 16:21:03 GMT", as HTTP headers and some CMS metadata write it. */
    private static String rfc1123(String value) {
        try {
            return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime()
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
