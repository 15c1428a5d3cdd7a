"""Slovak dates as the language writes them: the month in the genitive ("6. decembra 2026"), where Django's own
formats give the nominative ("6. december"). The genitive names are the platform's catalogue's "alt. month"
entries (bik/pages/vendor_messages.py); every other format is Django's."""

DATE_FORMAT = "j. E Y"
DATETIME_FORMAT = "j. E Y G:i"
MONTH_DAY_FORMAT = "j. E"
