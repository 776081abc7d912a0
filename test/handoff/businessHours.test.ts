import assert from 'node:assert/strict';
import { type HelplineSchedule, helplineStatus, isOpen, nextOpening, parseHelplineSchedule } from '../../src/handoff/businessHours';
import { fixedClock } from '../../src/handoff/clock';
import { describeOpening, describeWeeklyHours } from '../../src/handoff/describeHours';
import { parseHelplineHours } from '../../src/handoff/helplineHours';

function schedule(hours = 'Mon-Fri 09:00-18:00; Sat 09:00-13:00', closedDates = ''): HelplineSchedule {
  const result = parseHelplineSchedule({ hours, timeZone: 'Europe/London', closedDates });
  if (!result.ok) throw new Error(result.problem);
  return result.value;
}

describe('helpline hours (Europe/London, injected clock)', () => {
  const standard = schedule();
  const bankHoliday = schedule(undefined, '2026-05-04, 2026-12-25');
  const allDay = schedule('Mon-Sun 00:00-24:00');

  // Instants are UTC; the comment gives the wall time in London (BST = UTC+1 from 29 March to 25 October 2026).
  const cases: { name: string; at: string; schedule: HelplineSchedule; open: boolean }[] = [
    { name: 'Saturday 12:59 BST', at: '2026-06-13T11:59:00Z', schedule: standard, open: true },
    { name: 'Saturday 13:00 BST', at: '2026-06-13T12:00:00Z', schedule: standard, open: false },
    { name: 'Saturday 08:59 BST', at: '2026-06-13T07:59:00Z', schedule: standard, open: false },
    { name: 'Sunday 11:00 BST', at: '2026-06-14T10:00:00Z', schedule: standard, open: false },
    { name: 'Friday 17:59 BST', at: '2026-06-12T16:59:00Z', schedule: standard, open: true },
    { name: 'Friday 18:00 BST', at: '2026-06-12T17:00:00Z', schedule: standard, open: false },
    { name: 'bank holiday Monday 10:00 BST', at: '2026-05-04T09:00:00Z', schedule: bankHoliday, open: false },
    { name: 'the Monday after it, 10:00 BST', at: '2026-05-11T09:00:00Z', schedule: bankHoliday, open: true },
    { name: 'Christmas Day (a Friday) 12:00 GMT', at: '2026-12-25T12:00:00Z', schedule: bankHoliday, open: false },
    // BST starts Sunday 29 March 2026 at 01:00 UTC.
    { name: 'Monday after BST starts, 08:59 BST', at: '2026-03-30T07:59:00Z', schedule: standard, open: false },
    { name: 'Monday after BST starts, 09:00 BST', at: '2026-03-30T08:00:00Z', schedule: standard, open: true },
    { name: 'Friday before BST starts, 17:59 GMT', at: '2026-03-27T17:59:00Z', schedule: standard, open: true },
    // GMT returns Sunday 25 October 2026 at 01:00 UTC.
    { name: 'Monday after GMT returns, 08:59 GMT', at: '2026-10-26T08:59:00Z', schedule: standard, open: false },
    { name: 'Monday after GMT returns, 09:00 GMT', at: '2026-10-26T09:00:00Z', schedule: standard, open: true },
    { name: 'Saturday before GMT returns, 12:59 BST', at: '2026-10-24T11:59:00Z', schedule: standard, open: true },
    // Around the changeover itself.
    { name: 'BST start day, 00:59 GMT, hours from 02:00', at: '2026-03-29T00:59:00Z', schedule: schedule('Sun 02:00-04:00'), open: false },
    { name: 'BST start day, 01:00 UTC = 02:00 BST', at: '2026-03-29T01:00:00Z', schedule: schedule('Sun 02:00-04:00'), open: true },
    { name: 'GMT return day, 01:30 BST (first time)', at: '2026-10-25T00:30:00Z', schedule: schedule('Sun 01:00-02:00'), open: true },
    { name: 'GMT return day, 01:30 GMT (second time)', at: '2026-10-25T01:30:00Z', schedule: schedule('Sun 01:00-02:00'), open: true },
    { name: 'GMT return day, 02:00 GMT', at: '2026-10-25T02:00:00Z', schedule: schedule('Sun 01:00-02:00'), open: false },
    { name: 'always open: across BST starting', at: '2026-03-29T01:00:00Z', schedule: allDay, open: true },
    { name: 'always open: across GMT returning', at: '2026-10-25T01:30:00Z', schedule: allDay, open: true },
    { name: 'always open: Sunday 23:59 BST', at: '2026-06-14T22:59:00Z', schedule: allDay, open: true },
    { name: 'always open: Monday 00:00 BST', at: '2026-06-14T23:00:00Z', schedule: allDay, open: true },
  ];

  for (const c of cases) {
    it(`${c.name} is ${c.open ? 'open' : 'closed'}`, () => {
      assert.equal(isOpen(c.schedule, new Date(c.at)), c.open);
      assert.equal(helplineStatus(c.schedule, fixedClock(c.at)).kind, c.open ? 'open' : 'closed');
    });
  }

  const openings: { name: string; from: string; schedule: HelplineSchedule; next: string; words: string }[] = [
    { name: 'Saturday afternoon → Monday 09:00 BST', from: '2026-06-13T13:30:00Z', schedule: standard, next: '2026-06-15T08:00:00.000Z', words: 'on Monday at 9am' },
    { name: 'Saturday before BST starts → Monday 09:00 BST', from: '2026-03-28T14:00:00Z', schedule: standard, next: '2026-03-30T08:00:00.000Z', words: 'on Monday at 9am' },
    { name: 'Saturday before GMT returns → Monday 09:00 GMT', from: '2026-10-24T13:00:00Z', schedule: standard, next: '2026-10-26T09:00:00.000Z', words: 'on Monday at 9am' },
    { name: 'over a bank holiday weekend → Tuesday', from: '2026-05-02T14:00:00Z', schedule: bankHoliday, next: '2026-05-05T08:00:00.000Z', words: 'on Tuesday at 9am' },
    { name: 'Friday evening → Saturday', from: '2026-06-12T19:00:00Z', schedule: standard, next: '2026-06-13T08:00:00.000Z', words: 'tomorrow at 9am' },
    { name: 'early Monday → later today', from: '2026-06-15T06:00:00Z', schedule: standard, next: '2026-06-15T08:00:00.000Z', words: 'today at 9am' },
  ];

  for (const c of openings) {
    it(`next opening: ${c.name}`, () => {
      const next = nextOpening(c.schedule, new Date(c.from));
      assert.equal(next?.toISOString(), c.next);
      assert.equal(describeOpening(c.schedule, new Date(c.from), next as Date), c.words);
      const status = helplineStatus(c.schedule, fixedClock(c.from));
      assert.deepEqual(status, { kind: 'closed', nextOpening: next });
    });
  }

  it('a next opening more than a week away gives the date', () => {
    const holidays = schedule(undefined, '2026-12-24,2026-12-25,2026-12-26,2026-12-28,2026-12-29,2026-12-30,2026-12-31,2027-01-01');
    const from = new Date('2026-12-23T19:00:00Z');
    const next = nextOpening(holidays, from) as Date;
    assert.equal(next.toISOString(), '2027-01-02T09:00:00.000Z');
    assert.equal(describeOpening(holidays, from, next), 'on Saturday 2 January at 9am');
  });

  it('describes the hours in words', () => {
    assert.equal(describeWeeklyHours(standard.hours), 'Monday to Friday 9am to 6pm, Saturday 9am to 1pm; closed on Sunday');
    assert.equal(describeWeeklyHours(allDay.hours), '24 hours a day, every day');
    assert.equal(
      describeWeeklyHours(schedule('Mon,Wed 08:30-12:00; Mon 13:00-17:00; Sat-Sun 10:00-24:00').hours),
      'Monday 8:30am to 12pm and 1pm to 5pm, Wednesday 8:30am to 12pm, Saturday and Sunday 10am to midnight; closed on Tuesday, Thursday and Friday',
    );
  });

  const problems: { hours: string; says: RegExp }[] = [
    { hours: '', says: /is empty/ },
    { hours: 'Mon-Fri 9-18', says: /"9-18" is not a time range like 09:00-18:00/ },
    { hours: 'Mnday 09:00-17:00', says: /"Mnday" is not a day/ },
    { hours: 'Mon-Fri 18:00-09:00', says: /closes \(09:00\) before it opens \(18:00\)/ },
    { hours: 'Fri-Mon 09:00-17:00', says: /runs backwards/ },
    { hours: 'Mon 09:00-25:00', says: /25:00 is not a closing time/ },
    { hours: 'Mon 24:00-24:00', says: /24:00 is not an opening time/ },
    { hours: 'Mon-Fri 09:00-18:00 Sat 09:00-13:00', says: /is not "DAYS HH:MM-HH:MM"/ },
  ];

  for (const p of problems) {
    it(`refuses HelplineHours "${p.hours}" saying what is wrong`, () => {
      const result = parseHelplineHours(p.hours);
      assert.equal(result.ok, false);
      assert.match((result as { problem: string }).problem, p.says);
    });
  }
});
