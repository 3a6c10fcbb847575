# calendar: text and HTML calendars, month/year arithmetic helpers, leap
# years, weekday computations, iterators over month days and first weekday.
import calendar

print(calendar.isleap(2000), calendar.isleap(1900), calendar.leapdays(1900, 2024))
print(calendar.weekday(2024, 2, 29), calendar.monthrange(2024, 2), calendar.monthrange(2023, 12))
print(calendar.month(2024, 2))
print(calendar.month(2023, 9, w=3, l=2))
c = calendar.TextCalendar(firstweekday=calendar.SUNDAY)
print(c.formatmonth(2025, 6))
print(c.formatweekheader(2), c.formatmonthname(2025, 6, 20, withyear=False) + "|")
print(calendar.calendar(2024, w=2, l=1, c=4, m=4)[:800])
print(list(c.iterweekdays()))
print(list(calendar.Calendar().itermonthdates(2024, 3))[:9])
print(calendar.Calendar(6).monthdayscalendar(2024, 3))
print([list(w) for w in calendar.Calendar().monthdays2calendar(2021, 2)][0])
print(calendar.Calendar().yeardayscalendar(2024, width=2)[0][1][:2])
print(list(calendar.Calendar().itermonthdays3(2024, 1))[:3], list(calendar.Calendar().itermonthdays4(2024, 1))[-1])
h = calendar.HTMLCalendar(calendar.MONDAY)
page = h.formatmonth(2024, 4)
print(page)
print(h.formatyear(2024, width=6)[:300])
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.timegm((1970, 1, 2, 3, 4, 5, 0, 0, 0)))
print(list(calendar.day_name), list(calendar.month_abbr))
print(calendar.firstweekday())
calendar.setfirstweekday(calendar.WEDNESDAY)
print(calendar.firstweekday(), calendar.weekheader(3))
print(calendar.prmonth.__name__, calendar.MONDAY, calendar.SUNDAY)
for bad in [(2024, 13), (2024, 0)]:
    try:
        calendar.monthrange(*bad)
    except calendar.IllegalMonthError as e:
        print(type(e).__name__, e)
try:
    calendar.setfirstweekday(9)
except calendar.IllegalWeekdayError as e:
    print(type(e).__name__, e)
