"""Romanian dates as the language writes them: the month in lower case ("6 decembrie 2026"), where Django's own
formats capitalise it ("6 Decembrie"). The names are the platform's catalogue's "alt. month" entries
(bik/pages/vendor_messages.py); every other format is Django's."""

DATE_FORMAT = "j E Y"
DATETIME_FORMAT = "j E Y, H:i"
MONTH_DAY_FORMAT = "j E"
