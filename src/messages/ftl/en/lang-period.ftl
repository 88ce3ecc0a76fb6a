## Messages of the module lang-period

period-accepted = a date (2025-10-15 or 15.10.2025), a month (қазан, октябрь, October, 2025-10), a range (қазан–желтоқсан, 01.10.2025–15.10.2025), a term (I жартыжылдық, II полугодие, 1 семестр) or the whole year (жыл бойы, в течение года)
