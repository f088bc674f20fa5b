"""The sample city team that `gcen demo` and the first-run screen write into a workspace.

Everything here is fictional and written for this app: a Boston team in a network of cities,
its working groups, an upcoming symposium in Seoul, notes, readings, other cities' practices and
an action plan that adapts Toronto's teacher residency. The content is the same on every run;
only dates move with today so the dashboard (overdue, this week, next symposium) has something
to show. Only public Workspace services are used, so the sample is a fair test of them.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..domain.errors import UserError
from ..domain.schema import CLI_NAME_OF, record_type
from .workspace import Workspace

SAMPLE_TEAM = "Boston Public Schools — GCEN team"

HOME_CITY = "Boston"
TEACHING_GROUP = "Develop and sustain a high-quality teaching force"
DIVERSITY_GROUP = "Improve outcomes for linguistically and culturally diverse students"

CITIES = (
    ("Boston", "United States"),
    ("Toronto", "Canada"),
    ("Shanghai", "China"),
    ("Seoul", "South Korea"),
    ("Singapore", "Singapore"),
    ("Hiroshima", "Japan"),
    ("Melbourne", "Australia"),
    ("Denver", "United States"),
    ("Hong Kong", "China"),
    ("Chicago", "United States"),
)

# key, name, role, organisation, email, city
MEMBERS = (
    ("lead", "Elena Whitfield", "superintendent", "Boston Public Schools", "e.whitfield@example.org", "Boston"),
    ("hr", "Marcus Boateng", "senior_leader", "Boston Public Schools, Office of Human Capital", "m.boateng@example.org", "Boston"),
    ("academics", "Priya Raman", "senior_leader", "Boston Public Schools, Academics", "p.raman@example.org", "Boston"),
    ("prep", "Hannah Okafor", "content_expert", "Harbor University School of Education", "h.okafor@example.org", "Boston"),
    ("ml", "Luis Ortega", "content_expert", "Boston Public Schools, Office of Multilingual Learners", "l.ortega@example.org", "Boston"),
    ("math", "Li Na", "content_expert", "Harbor University, Mathematics Education", "li.na@example.org", "Boston"),
    ("fund", "Grace Whaley", "stakeholder", "Commonwealth Education Fund", "g.whaley@example.org", "Boston"),
    ("union", "Daniel Sullivan", "stakeholder", "Boston Educators Association", "d.sullivan@example.org", "Boston"),
    ("principal", "Aisha Mohamed", "practitioner_leader", "Dorchester Community Academy", "a.mohamed@example.org", "Boston"),
    ("dual", "Tomás Rivera", "practitioner_leader", "East Boston Dual Language School", "t.rivera@example.org", "Boston"),
    ("teacher", "Min-jun Park", "practitioner_leader", "Roxbury STEM Middle School", "m.park@example.org", "Boston"),
    ("coord", "Camille Laurent", "staff", "Boston Public Schools, Superintendent's Office", "c.laurent@example.org", "Boston"),
    ("data", "Jamal Carter", "staff", "Boston Public Schools, Data and Accountability", "j.carter@example.org", "Boston"),
    ("seoul", "Kim Seo-yeon", "senior_leader", "Seoul Metropolitan Office of Education", "seoyeon.kim@example.org", "Seoul"),
    ("toronto", "Sarah Mitchell", "practitioner_leader", "Toronto Urban Teacher Residency", "s.mitchell@example.org", "Toronto"),
    ("shanghai", "Zhang Wei", "content_expert", "Shanghai Teaching Research Office", "zhang.wei@example.org", "Shanghai"),
)

GROUPS = (
    (
        "teaching",
        TEACHING_GROUP,
        "Recruitment, preparation, induction and career growth of teachers",
        "Cities compare how they attract people into teaching, prepare them in real classrooms, "
        "support them in their first years and give experienced teachers ways to grow without "
        "leaving the classroom. This cycle the group studies residencies and mentoring.",
        ("lead", "hr", "prep", "principal", "teacher", "union", "math", "coord", "data", "toronto", "shanghai"),
    ),
    (
        "diversity",
        DIVERSITY_GROUP,
        "Multilingual learners, newcomer students and culturally sustaining schools",
        "Cities share how they welcome newly arrived students, build on home languages, work "
        "with families and measure progress fairly for students still learning the language of "
        "instruction.",
        ("academics", "ml", "dual", "math", "teacher", "fund", "coord", "seoul"),
    ),
)

# day, time, kind, title, place
AGENDA = (
    (1, "08:30", "plenary", "Opening: teachers learning together in ten cities", "Seoul Education Research Center, main hall"),
    (1, "09:30", "expert_talk", "Expert talk: how Seoul grows teacher learning communities", "Seoul Education Research Center, main hall"),
    (1, "11:00", "site_visit", "Site visit: Namsan Middle School — mentoring of first-year teachers", "Namsan Middle School, Jung-gu"),
    (1, "14:30", "exchange", "Collaborative exchange: what keeps new teachers in high-need schools?", "Room 3 and 4"),
    (1, "16:15", "workshop", "Workshop: mapping each city's teacher pipeline", "Room 2"),
    (2, "08:45", "site_visit", "Site visit: Hangang Elementary School — Korean language class for newcomers", "Hangang Elementary School, Yongsan-gu"),
    (2, "08:45", "site_visit", "Site visit: Bukhansan High School — career track for lead teachers", "Bukhansan High School, Gangbuk-gu"),
    (2, "13:30", "expert_talk", "Expert talk: measuring progress for multilingual learners fairly", "Main hall"),
    (2, "15:00", "exchange", "Collaborative exchange: debrief of the site visits by working group", "Rooms 1–4"),
    (3, "09:00", "workshop", "Workshop: from another city's practice to our own action plan", "Room 2"),
    (3, "11:00", "exchange", "City team time: revise goals and actions", "Team rooms"),
    (3, "14:00", "plenary", "Closing: commitments for the year ahead", "Main hall"),
)

PARTICIPANTS = ("lead", "hr", "academics", "prep", "ml", "principal", "dual", "coord")

# title, done, owner, due (days from today)
CHECKLIST = (
    ("Book flights and hotel for eight participants", True, "coord", -12),
    ("Send the participant list and dietary needs to the Seoul host team", True, "coord", -6),
    ("Confirm interpreters for the school site visits", True, "coord", -2),
    ("Agree the team's three questions for the site visits", False, "academics", 10),
    ("Read the two pre-reading case studies", False, "lead", 16),
    ("Prepare the Boston problem-of-practice poster", False, "hr", 20),
)

# The working-group meeting in Toronto that already happened.
TORONTO_AGENDA = (
    (1, "09:00", "site_visit", "Site visit: Lakeshore Heights Public School — residents and mentors at work", "Lakeshore Heights Public School"),
    (1, "13:30", "exchange", "Collaborative exchange: what keeps new teachers in high-need schools?", "Board office, room 5"),
    (1, "15:30", "expert_talk", "Expert talk: seven cohorts of residents — what the data show", "Board office, auditorium"),
    (2, "09:00", "workshop", "Workshop: designing a mentor course with your university partner", "Board office, room 5"),
)
TORONTO_CHECKLIST = (
    ("Share Boston's retention data with the Toronto team", True, "data", -52),
    ("Book the team's train and hotel", True, "coord", -55),
)

# key, title, host city, start, end (days from today), kind, location, description, tags,
# agenda, participants, prep checklist
SYMPOSIA = (
    (
        "toronto",
        "Working-group meeting in Toronto: preparing and keeping new teachers",
        "Toronto", -46, -45, "working_group_meeting",
        "Toronto Urban Teacher Residency and host schools",
        "Two days for the teaching-force working group: a visit to a residency host school, an "
        "exchange on early-career retention and a workshop on mentor courses.",
        ("teacher-residency",), TORONTO_AGENDA, ("lead", "hr", "prep", "principal", "coord"), TORONTO_CHECKLIST,
    ),
    (
        "seoul",
        "Annual symposium in Seoul: teachers learning together",
        "Seoul", 24, 26, "symposium",
        "Seoul Education Research Center and partner schools",
        "Three days of school site visits, collaborative exchanges and expert talks on teacher "
        "learning and on multilingual learners, ending with each city team revising its action plan.",
        ("symposium-seoul",), AGENDA, PARTICIPANTS, CHECKLIST,
    ),
)

# key, title, city, summary, results, contacts, tags
PRACTICES = (
    (
        "residency",
        "Urban Teacher Residency for high-need schools",
        "Toronto",
        "Residents spend a full school year co-teaching beside a trained mentor in a high-need "
        "school while completing coursework with a university partner. They receive a stipend "
        "and commit to teach in the board's high-need schools for three years after they qualify. "
        "Mentors are released for two hours a week and complete a forty-hour mentoring course.",
        "Over seven cohorts, 84% of graduates were still teaching in a high-need school after "
        "three years, against 61% of other new teachers in the same schools. Principals rate "
        "residency graduates as ready for their own class on day one far more often.",
        "Sarah Mitchell, residency director (s.mitchell@example.org)",
        ("teacher-residency", "retention", "mentoring"),
    ),
    (
        "tr_groups",
        "Teaching-research groups and paired schools",
        "Shanghai",
        "Every teacher belongs to a subject teaching-research group that plans lessons together, "
        "observes each other and studies student work weekly. Stronger schools are paired with "
        "weaker ones and lend their lead teachers for a semester at a time.",
        "Paired schools narrowed the gap in lower-secondary mathematics results by about a third "
        "over four years; teachers report that public lessons are the most useful training they get.",
        "Zhang Wei, Shanghai Teaching Research Office (zhang.wei@example.org)",
        ("lesson-study", "mentoring"),
    ),
    (
        "career_tracks",
        "Three career tracks for teachers",
        "Singapore",
        "After a few years, teachers choose a teaching track (up to master teacher), a leadership "
        "track (towards principal) or a specialist track (curriculum, psychology, assessment), each "
        "with its own appraisal, training and salary scale.",
        "Attrition of experienced teachers stays low; master teachers lead professional learning "
        "for clusters of schools without leaving the classroom.",
        "Teacher academy liaison, Ministry of Education (career-tracks@example.org)",
        ("career-ladder", "retention"),
    ),
    (
        "reception",
        "Reception classes for newly arrived students",
        "Melbourne",
        "Newly arrived students spend two to four terms in a reception class that teaches English "
        "through subject content, with bilingual aides and a family liaison, before moving to their "
        "local school with a transition plan shared with the new teachers.",
        "Students who finished a reception class reached grade-level reading in English about a year "
        "sooner than comparable students placed directly in mainstream classes.",
        "Newcomer programs office (newcomers@example.org)",
        ("newcomers", "multilingual", "family-engagement"),
    ),
    (
        "lesson_study",
        "Public research lessons across a prefecture",
        "Hiroshima",
        "Schools open research lessons to teachers from the whole prefecture several times a year. "
        "A team plans the lesson for months, one member teaches it, and visitors observe students "
        "rather than the teacher before a structured discussion with an invited commentator.",
        "Most teachers attend at least two public lessons a year; new teachers name them as the "
        "place they learned to read students' thinking.",
        "Prefectural education centre (research-lessons@example.org)",
        ("lesson-study", "induction"),
    ),
    (
        "learning_communities",
        "Teacher learning communities in innovation schools",
        "Seoul",
        "Innovation schools set aside a weekly afternoon for teacher learning communities that "
        "choose their own inquiry question, visit each other's classes and report to the whole staff "
        "at the end of the year.",
        "Teachers in innovation schools report higher collaboration and job satisfaction; the model "
        "has spread to most of the city's schools.",
        "Kim Seo-yeon, Seoul Metropolitan Office of Education (seoyeon.kim@example.org)",
        ("induction", "mentoring"),
    ),
)

# key, kind, title, authors, year, publisher, url, doi, abstract, why, assigned, group, tags
READINGS = (
    ("r_toronto", "case_study", "Growing our own: Toronto's urban teacher residency, 2015–2022",
     "Mitchell, S.; Osei, K.", 2023, "GCEN Secretariat", "https://example.org/gcen/cases/toronto-residency", "10.5555/gcen.2023.014",
     "Follows seven cohorts of residents from recruitment to their third year of teaching, with the costs, the mentor model and what the board changed after the first two cohorts.",
     "The closest model to what we want in Boston; read the chapter on mentor release time first.",
     "lead", "teaching", ("teacher-residency", "retention")),
    ("r_shanghai", "case_study", "Teaching-research groups in Shanghai's lower-performing schools",
     "Zhang, W.; Liu, Y.", 2019, "GCEN Secretariat", "https://example.org/gcen/cases/shanghai-tr-groups", "10.5555/gcen.2019.006",
     "Describes how teaching-research groups and school pairing were used to lift lower-performing schools, including the weekly routine of a mathematics group.",
     "Shows mentoring as a routine of the whole staff, not a programme on the side.",
     "prep", "teaching", ("lesson-study", "mentoring")),
    ("r_melbourne", "case_study", "Reception classes for newcomer students in Melbourne's western suburbs",
     "Nguyen, T.; Harris, P.", 2021, "GCEN Secretariat", "https://example.org/gcen/cases/melbourne-reception", "10.5555/gcen.2021.009",
     "A study of three reception centres, how students move on to their local schools, and how teachers there learn about each student's progress.",
     "Starting point for our draft plan on newcomer pathways.",
     "ml", "diversity", ("newcomers", "multilingual")),
    ("r_supply", "background_paper", "Teacher supply and retention in urban systems: a background paper for the network",
     "Okafor, H.", 2024, "GCEN Secretariat", "https://example.org/gcen/papers/teacher-supply", "10.5555/gcen.2024.002",
     "Compares vacancy rates, routes into teaching and early-career attrition in ten member cities, and sets out five questions for the working group.",
     "Gives the numbers we need for our baseline and puts Boston's turnover next to peer cities.",
     "lead", "teaching", ("retention", "teacher-residency")),
    ("r_ml_policies", "background_paper", "Multilingual learners across ten cities: policies, numbers and questions",
     "Ortega, L.; Becker, A.", 2023, "GCEN Secretariat", "https://example.org/gcen/papers/multilingual-learners", "10.5555/gcen.2023.005",
     "Sets out how member cities identify, place and assess students learning the language of instruction, with a table of programme models.",
     "Frames the questions for the diversity working group at the Seoul symposium.",
     "academics", "diversity", ("multilingual",)),
    ("r_ladders", "background_paper", "Career ladders for teachers: designs from Singapore, Seoul and Denver",
     "Tan, M.; Kim, S.", 2022, "GCEN Secretariat", "https://example.org/gcen/papers/career-ladders", "10.5555/gcen.2022.011",
     "Compares three career structures for teachers and what each pays, expects and offers, with notes on how unions were involved.",
     "Our residency needs roles for experienced teachers as mentors; this shows how others pay for them.",
     "hr", "teaching", ("career-ladder",)),
    ("r_hiroshima", "meeting_report", "Report of the Hiroshima symposium: lesson study beyond the classroom",
     "GCEN Secretariat", 2022, "GCEN Secretariat", "https://example.org/gcen/meetings/hiroshima", "",
     "Summarises the site visits, talks and city commitments of the Hiroshima symposium on lesson study and teacher learning.",
     "Reminds us what we committed to last time and did not finish.",
     None, "teaching", ("lesson-study",)),
    ("r_induction", "meeting_report", "Working group meeting report: induction in the first two years",
     "Raman, P.; Mitchell, S.", 2024, "GCEN Secretariat", "https://example.org/gcen/meetings/induction-2024", "",
     "Notes of the online working group meeting on induction, with each city's current support for first- and second-year teachers.",
     "Source of the induction ideas in goal 3 of our residency plan.",
     "teacher", "teaching", ("induction",)),
    ("r_families", "meeting_report", "Webinar report: families as partners in multilingual schools",
     "Whaley, G.", 2023, "GCEN Secretariat", "https://example.org/gcen/meetings/families-webinar", "",
     "Report of a network webinar where four cities presented family liaison roles and parent councils for multilingual families.",
     "Our families asked for this; the Melbourne liaison role is worth a closer look.",
     "dual", "diversity", ("family-engagement", "multilingual")),
    ("r_why_stay", "article", "Why residents stay: retention of residency-prepared teachers in high-need schools",
     "Ramos, D.; Feld, J.", 2020, "Journal of Urban Teacher Education", "https://example.org/jute/why-residents-stay", "10.5555/jute.2020.0142",
     "Uses staffing records from four residencies to compare the retention of residency graduates with other new teachers in the same schools.",
     "The strongest evidence we have that a residency pays for itself through lower turnover.",
     "lead", "teaching", ("retention", "teacher-residency")),
    ("r_mentor_cost", "article", "Mentor time is not free: costing clinical preparation",
     "Brennan, C.", 2021, "Education Finance Review", "https://example.org/efr/mentor-time", "10.5555/efr.2021.0307",
     "Estimates the cost of mentor release time, stipends and coursework in residency programmes and where districts found the money.",
     "Needed for the budget conversation with the school committee.",
     "hr", "teaching", ("mentoring", "teacher-residency")),
    ("r_translanguaging", "article", "Translanguaging in content classrooms: what principals can do",
     "Adeyemi, F.", 2019, "Urban School Leadership Quarterly", "https://example.org/uslq/translanguaging", "10.5555/uslq.2019.0088",
     "Describes how principals in three cities supported teachers to use students' home languages in mathematics and science lessons.",
     "Practical for our dual-language schools and for the principals on our team.",
     "principal", "diversity", ("multilingual",)),
    ("r_turnover_cost", "report", "The cost of teacher turnover in five US districts",
     "Center for Urban School Finance", 2018, "Center for Urban School Finance", "https://example.org/cusf/turnover-cost", "",
     "Counts what each teacher who leaves costs a district in recruitment, hiring and training, and what it costs students in lost learning.",
     "Part of the case for funding the residency.",
     None, "teaching", ("retention",)),
    ("r_newcomers_bos", "report", "Newcomer students in Boston: a five-year cohort analysis",
     "Carter, J.; Ortega, L.", 2024, "Boston Public Schools, Data and Accountability", "https://example.org/bps/newcomer-cohorts", "",
     "Follows five cohorts of newly arrived students through graduation, by age at arrival, home language and programme.",
     "Our own baseline for the newcomer plan.",
     "ml", "diversity", ("newcomers",)),
    ("r_teacher_voice", "report", "Teacher voice survey: Boston results",
     "Boston Public Schools, Data and Accountability", 2025, "Boston Public Schools", "https://example.org/bps/teacher-voice", "",
     "Results of the district's annual teacher survey, with a section on first- and second-year teachers and why they consider leaving.",
     "Early-career teachers name mentoring and workload; it backs goal 2 of the plan.",
     "lead", "teaching", ("retention", "induction")),
    ("r_learning_to_teach", "book", "Learning to teach in the city: clinical preparation that works",
     "Ramos, D.", 2017, "Harbor University Press", "https://example.org/hup/learning-to-teach", "10.5555/hup.2017.21",
     "A book on preparing teachers in the schools where they will work, with chapters on mentors, coursework that follows the school calendar and the first year after qualifying.",
     "Hannah recommends chapters 3 and 6 for the mentor course design.",
     "prep", "teaching", ("teacher-residency", "mentoring")),
    ("r_many_languages", "book", "Schools of many languages",
     "Adeyemi, F.; Park, J.", 2020, "Lakeside Academic", "https://example.org/lakeside/many-languages", "10.5555/lake.2020.07",
     "Portraits of six schools where most students speak a language other than the language of instruction at home, and what their leaders changed.",
     "Good for the diversity group's reading circle before Seoul.",
     "dual", "diversity", ("multilingual", "family-engagement")),
    ("r_systems_learn", "book", "Systems that learn: lessons from high-performing cities",
     "Lindqvist, E.", 2016, "Northgate Press", "https://example.org/northgate/systems-that-learn", "10.5555/ngp.2016.03",
     "Argues that city school systems improve when they build routines for learning from other systems and from their own schools.",
     "Background for newcomers to the network on why the inquiry cycle matters.",
     None, None, ("inquiry-cycle",)),
    ("r_portfolio", "web_page", "Network portfolio: teacher residency programmes",
     "GCEN Secretariat", 2025, "GCEN Secretariat", "https://example.org/gcen/portfolio/residencies", "",
     "The network's portfolio page listing residency programmes in member cities with contacts and short results.",
     "Lists the people to call in Toronto and Denver.",
     None, "teaching", ("teacher-residency",)),
    ("r_seoul_guide", "web_page", "Seoul symposium: logistics and site-visit guide",
     "Seoul Metropolitan Office of Education", 2025, "Seoul Metropolitan Office of Education", "https://example.org/seoul/symposium-guide", "",
     "Travel, hotel, transport between schools and etiquette for classroom observation during the symposium.",
     "Everyone travelling should read it before booking.",
     "coord", None, ("symposium-seoul",)),
    ("r_glossary", "web_page", "Glossary of the inquiry cycle",
     "GCEN Secretariat", 2024, "GCEN Secretariat", "https://example.org/gcen/glossary", "",
     "Short definitions of inquiry, discussion, planning, action and review as the network uses them.",
     "Share with new team members.",
     None, None, ("inquiry-cycle",)),
)

# reading key -> ((member key, status), ...)
READING_STATUS = (
    ("r_toronto", (("lead", "reading"), ("prep", "read"), ("hr", "discussed"))),
    ("r_supply", (("lead", "to_read"), ("prep", "read"))),
    ("r_why_stay", (("lead", "read"), ("hr", "reading"))),
    ("r_teacher_voice", (("lead", "to_read"), ("data", "read"))),
    ("r_shanghai", (("prep", "reading"), ("math", "read"))),
    ("r_melbourne", (("ml", "read"), ("dual", "reading"), ("academics", "to_read"))),
    ("r_ml_policies", (("academics", "reading"), ("ml", "read"))),
    ("r_mentor_cost", (("hr", "to_read"),)),
    ("r_translanguaging", (("principal", "read"), ("dual", "discussed"))),
    ("r_induction", (("teacher", "read"),)),
    ("r_seoul_guide", (("coord", "read"), ("lead", "to_read"))),
)


def _notes() -> tuple[tuple[Any, ...], ...]:
    """key, kind, title, author, group, at symposium, language, days from today, tags, body."""
    return (
        ("n_kickoff", "meeting", "Team meeting: choosing our problem of practice", "lead", "teaching", None, "en", -90,
         ("inquiry-cycle", "retention"), """## Why we met

The whole city team met for the first time this cycle to agree on one problem of practice to
bring to the network. We looked at staffing data for our thirty highest-need schools.

## What we saw

- One in four new teachers in these schools leaves within two years.
- Special education, mathematics and bilingual posts are filled last, often by long-term substitutes.
- Principals say new hires arrive without having taught in a school like theirs.

## Decision

We will work on **preparing and keeping teachers in high-need schools**, inside the working
group on a high-quality teaching force, and look first at residency models in other cities.

## Next steps

1. Jamal pulls three-year retention by school and subject.
2. Hannah writes up the residency literature for the next meeting.
3. Camille asks the network secretariat for contacts in Toronto and Denver.
"""),
        ("n_data", "meeting", "Retention data: what the numbers say", "data", "teaching", None, "en", -76,
         ("retention",), """## The numbers

Three-year retention of new teachers is **58%** in our thirty highest-need schools and 74% in
the rest of the district. The gap is widest in special education and mathematics.

## Who leaves

- Teachers hired after the first of August leave at almost twice the rate of those hired in spring.
- Teachers who did their practice teaching in a similar school stay longer.
- Most leavers go to suburban districts rather than out of teaching.

## Questions for the team

Can we hire earlier? Can we prepare people in the schools where we need them? What would a
mentor need to make that work? These are the questions we will take to the working group.
"""),
        ("n_toronto_call", "meeting", "Call with the Toronto residency team", "prep", "teaching", None, "en", -62,
         ("teacher-residency", "mentoring"), """## Who was on the call

Sarah Mitchell from Toronto, Hannah, Marcus and Aisha from our team.

## What we learned

- Residents are chosen partly from the communities the schools serve: paraprofessionals,
  parents, people changing careers.
- Mentors are the heart of it. Toronto releases them two hours a week and trains them for forty hours.
- The three-year service commitment matters less than a good first year in the same school.

## What surprised us

The first two cohorts struggled because coursework did not follow the school calendar. They
moved the university seminars to match the school's planning days.

## Follow-up

Sarah will share the mentor course materials once their licensing question is settled.
"""),
        ("n_reflection", "reflection", "Reflection: what would a residency ask of our principals?", "principal", "teaching", None, "en", -30,
         ("teacher-residency", "mentoring"), """## A principal's view

I would welcome residents in my school, but only if the mentors are chosen well and given
real time. In my building the best teachers already carry the most.

## What I would need

- Release time for mentors that does not come out of my substitute budget.
- A say in which residents join the school, after a visit and a sample lesson.
- Residents who stay with one class for the whole year, not a rotation.

## A worry

If the stipend is too low, we will only attract people who can afford a year of low pay, and
we lose the paraprofessionals we most want to keep. The Toronto case study says the same.
"""),
        ("n_prep_seoul", "meeting", "Preparing for the Seoul symposium", "lead", "teaching", "seoul", "en", -14,
         ("symposium-seoul",), """## Purpose of the trip

Eight of us go to Seoul. We want to come back with a stronger plan for mentoring and induction,
and with ideas for our newcomer students.

## Our three questions for the site visits

1. How do schools free experienced teachers to mentor new ones?
2. What does a new teacher's first month look like in a Seoul school?
3. How are newly arrived students placed, and who tells their teachers about them?

## Roles

- Elena presents our problem of practice on day 1.
- Marcus and Hannah join the teaching-force exchange; Priya, Luis and Tomás the diversity exchange.
- Camille keeps the shared notes and the checklist.
"""),
        ("n_site_toronto", "site_visit", "Site visit notes: Lakeshore Heights Public School, Toronto", "hr", "teaching", "toronto", "en", -46,
         ("mentoring", "induction", "teacher-residency"), """## What we saw

A resident taught a mathematics lesson while her mentor and two colleagues observed. Afterwards
the group met for forty minutes and talked only about what three students did and said.

## How the school makes time

- Timetables put mentor and resident in the same free period twice a week.
- The staff learning team meets every Wednesday afternoon; students leave early that day.
- Mentoring counts towards the board's lead-teacher designation.

## Ideas for Boston

The shared free period costs nothing but scheduling effort. We could ask host schools to build it
into next year's timetable now, before the first residents arrive.
"""),
        ("n_exchange_debrief", "session", "Exchange debrief: what keeps new teachers in high-need schools", "prep", "teaching", "toronto", "en", -45,
         ("retention",), """## Cities in the room

Toronto, Shanghai, Singapore, Denver and our team.

## Points of agreement

- New teachers stay where they feel they are getting better at the job.
- Mentoring works when it is built into the timetable, not added on top.
- Hiring early, with a visit to the school, lowers first-year attrition everywhere.

## Points of difference

Shanghai and Singapore rely on whole-staff routines rather than one mentor per teacher. Toronto
and Denver use paid mentors with training. We think we need both.

## For our plan

Add an action on shared free periods in host schools and review the mentor course against the
Shanghai teaching-research routine.
"""),
        ("n_newcomers", "reflection", "Reflection: our newcomer students and what the data leaves out", "ml", "diversity", None, "en", -21,
         ("newcomers", "multilingual"), """## What the cohort report shows

Students who arrive in high school with interrupted schooling graduate at less than half the
rate of those who arrive in elementary school.

## What it does not show

- How long families wait between arrival and a first school day.
- Whether students can keep studying content in their home language while they learn English.
- Which schools already do this well, and why.

## A possible direction

Melbourne's reception classes keep students together for a few terms with bilingual support
before moving them on with a transition plan. It is worth a draft plan and a conversation with
families before we decide anything.
"""),
        ("n_zh_prep", "meeting", "首尔研讨会筹备：新教师入职支持", "math", "teaching", "seoul", "zh", -12,
         ("symposium-seoul", "induction"), """## 会议目的

我们讨论了首尔研讨会的准备工作。我们希望了解首尔如何支持新入职教师在第一年站稳讲台。

## 要点

- 首尔的学校每周留出一个下午，让教师学习共同体一起听课和研讨。
- 新教师和指导教师的空课时间安排在同一节，便于每周两次交流。
- 我们需要带回可以在波士顿试行的具体做法，而不只是印象。

## 下一步

1. 会前阅读上海教研组的案例。
2. 准备三个关于指导教师时间安排的问题。
"""),
        ("n_zh_shanghai", "reflection", "上海教研组案例读后感", "math", "teaching", None, "zh", -25,
         ("lesson-study", "mentoring"), """## 主要收获

上海的每位教师都属于一个学科教研组。教研组每周一起备课、听课，并研究学生作业。

## 对波士顿的启示

- 指导新教师不应只是一个人的任务，而应是整个教研组的日常工作。
- 公开课让年轻教师看到优秀教师如何分析学生的思维。
- 结对学校可以把有经验的骨干教师借调一个学期。

我建议在住院教师项目中加入每周一次的学科研讨时间。
"""),
        ("n_es_families", "reflection", "Reflexión: familias recién llegadas y la escuela bilingüe", "dual", "diversity", None, "es", -18,
         ("newcomers", "family-engagement"), """## Lo que escuchamos

En la reunión de padres de East Boston, varias familias recién llegadas contaron que esperaron
semanas antes del primer día de clases de sus hijos.

## Lo que piden las familias

- Información en su idioma desde el primer contacto con el distrito.
- Una persona de enlace que conozca la escuela y la comunidad.
- Que sus hijos sigan aprendiendo matemáticas y ciencias mientras aprenden inglés.

## Ideas para el plan

El modelo de Melbourne, con clases de acogida y un enlace con las familias, responde a casi todo
lo que escuchamos. Propongo visitar la escuela de Hangang en Seúl con estas preguntas.
"""),
        ("n_fr_toronto", "session", "Compte rendu : échange avec Toronto sur la résidence d'enseignants", "coord", "teaching", "toronto", "fr", -45,
         ("teacher-residency", "mentoring"), """## Contexte

Pendant la rencontre du groupe de travail à Toronto, l'équipe de la résidence a présenté les
résultats de sept cohortes de résidents, puis nous avons échangé en petits groupes.

## Ce que nous retenons

- Les résidents restent plus longtemps lorsqu'ils font leur année de résidence dans l'école où ils seront nommés.
- Les mentors sont formés pendant quarante heures et libérés deux heures par semaine.
- Le calendrier des cours universitaires suit celui de l'école, et non l'inverse.

## Pour notre plan

Ajouter une action sur la formation des mentors et demander à Toronto l'autorisation d'adapter
leurs vidéos de cas. Marcus prendra contact avec Sarah Mitchell la semaine prochaine.
"""),
        ("n_ko_seoul", "meeting", "서울 심포지엄 준비: 학교 방문 질문", "teacher", "diversity", "seoul", "ko", -7,
         ("symposium-seoul", "newcomers", "induction"), """## 모임 목적

서울 심포지엄의 학교 방문을 앞두고 우리 팀이 물어볼 질문을 정리했다.

## 한강초등학교 한국어 학급

- 새로 온 학생들은 수학과 과학 내용을 배우면서 한국어를 어떻게 익히는가?
- 한국어 학급 교사는 담임교사와 얼마나 자주 만나 학생의 진도를 공유하는가?
- 가정 연락 담당자는 학부모와 어떤 언어로 소통하는가?

## 남산중학교

신규 교사들이 첫해에 어떤 지원을 받는지, 그리고 지도 교사의 시간을 학교가 어떻게
마련하는지 알고 싶다. 보스턴의 레지던시 계획에 바로 쓸 수 있는 답을 가져오자.
"""),
    )


def fill_sample(ws: Workspace) -> dict[str, int]:
    """Add the sample city team to a workspace; return how many records of each type were added."""
    if ws.find_by_label("working_group", TEACHING_GROUP) is not None:
        raise UserError(
            "This workspace already holds the sample city team; start a new workspace to add it again."
        )
    today = dt.date.today()
    counts: Counter[str] = Counter()

    def day(offset: int) -> str:
        return (today + dt.timedelta(days=offset)).isoformat()

    def add(type_name: str, values: dict[str, Any], tags: tuple[str, ...] = ()) -> str:
        rec = ws.create(type_name, values, tags=list(tags)).rec
        counts[CLI_NAME_OF[record_type(type_name).name]] += 1
        return rec

    cities: dict[str, str] = {}
    for name, country in CITIES:
        existing = ws.find_by_label("city", name)
        if existing is None:
            cities[name] = add("city", {"name": name, "country": country})
        else:
            cities[name] = existing.id
            if not existing.data.get("country"):
                ws.edit(existing.id, {"country": country})

    members = {
        key: add("member", {"name": name, "role": role, "organisation": org, "email": email, "city": cities[city]})
        for key, name, role, org, email, city in MEMBERS
    }
    if not ws.me:
        ws.set_me(members["lead"])

    groups: dict[str, str] = {}
    for key, name, topic, description, group_members in GROUPS:
        groups[key] = add("working_group", {"name": name, "topic": topic, "description": description})
        for m in group_members:
            ws.link("group_member", groups[key], members[m])

    symposia: dict[str, str] = {}
    for key, title, host, start, end, kind, location, description, tags, agenda, participants, checklist in SYMPOSIA:
        sym = symposia[key] = add(
            "symposium",
            {"title": title, "host_city": cities[host], "start": day(start), "end": day(end), "kind": kind,
             "location": location, "description": description},
            tags,
        )
        for d, time, item_kind, item_title, place in agenda:
            add("agenda_item", {"symposium": sym, "day": d, "time": time, "kind": item_kind, "title": item_title, "place": place})
        for m in participants:
            ws.link("participant", sym, members[m])
        for item_title, done, owner, due in checklist:
            add("checklist_item", {"symposium": sym, "title": item_title, "done": done, "owner": members[owner], "due": day(due)})
    symposium = symposia["seoul"]

    practices = {
        key: add("practice", {"title": title, "city": cities[city], "summary": summary, "results": results, "contacts": contacts}, tags)
        for key, title, city, summary, results, contacts, tags in PRACTICES
    }

    readings: dict[str, str] = {}
    for key, kind, title, authors, year, publisher, url, doi, abstract, why, assigned, group, tags in READINGS:
        values = {
            "title": title, "kind": kind, "authors": authors, "year": year, "publisher": publisher,
            "url": url, "doi": doi or None, "abstract": abstract, "why_it_matters": why,
            "assigned_to": members[assigned] if assigned else None,
            "working_group": groups[group] if group else None, "language": "en",
        }
        readings[key] = add("reading_item", values, tags)
    for key, statuses in READING_STATUS:
        for m, status in statuses:
            ws.set_reading_status(readings[key], status, members[m])
    for key in ("r_toronto", "r_ml_policies"):
        ws.link("related", symposium, readings[key])
    for key in ("r_supply", "r_why_stay"):
        ws.link("related", groups["teaching"], readings[key])
    ws.link("related", groups["diversity"], readings["r_ml_policies"])

    notes: dict[str, str] = {}
    for key, kind, title, author, group, at, language, when, tags, body in _notes():
        notes[key] = add(
            "note",
            {
                "title": title, "kind": kind, "body": body, "author": members[author],
                "working_group": groups[group], "symposium": symposia[at] if at else None,
                "language": language, "date": day(when),
            },
            tags,
        )
    ws.link("related", symposium, notes["n_prep_seoul"])
    ws.link("related", groups["diversity"], notes["n_newcomers"])

    built = _Built(ws, add, day, members, cities, groups, practices, readings, notes)
    _residency_plan(built)
    _newcomer_plan(built)
    return dict(counts)


@dataclass
class _Built:
    """What fill_sample made so far, by key: the plans refer to all of it."""

    ws: Workspace
    add: Callable[..., str]
    day: Callable[[int], str]
    members: dict[str, str]
    cities: dict[str, str]
    groups: dict[str, str]
    practices: dict[str, str]
    readings: dict[str, str]
    notes: dict[str, str]


def _residency_plan(b: _Built) -> None:
    ws, add, day, members, cities = b.ws, b.add, b.day, b.members, b.cities
    groups, practices, readings, notes = b.groups, b.practices, b.readings, b.notes
    plan = add(
        "action_plan",
        {
            "title": "Boston teacher residency for high-need schools",
            "problem_of_practice": "One in four new teachers in our thirty highest-need schools leaves "
            "within two years, and special education, mathematics and bilingual posts are filled late "
            "or by long-term substitutes.",
            "rationale": "Toronto's residency keeps 84% of its graduates in high-need schools after three "
            "years. Residents learn to teach in the schools where they will work, beside trained "
            "mentors, and are recruited from the communities those schools serve. We adapt the model "
            "to Boston's calendar, our university partner and our agreement with the educators "
            "association, and add the shared mentor free periods we saw in Toronto's host schools.",
            "city": cities[HOME_CITY],
            "working_group": groups["teaching"],
            "stage": "planning",
            "status": "active",
            "owner": members["lead"],
            "start": day(-60),
            "end": day(305),
        },
        tags=("teacher-residency", "retention"),
    )
    ws.link("adapted_from", plan, practices["residency"])
    ws.link("adapted_from", plan, cities["Toronto"])
    for key in ("r_toronto", "r_supply", "r_why_stay", "r_turnover_cost", "r_teacher_voice"):
        ws.link("evidence", plan, readings[key])
    for key in ("n_toronto_call", "n_reflection", "n_data", "n_fr_toronto"):
        ws.link("evidence", plan, notes[key])

    # statement, indicator, baseline, target, due, actions:
    #   (title, responsible, accountable, due, status, milestone, notes)
    goals = (
        ("Recruit and prepare a first cohort of 30 residents from our own communities",
         "Residents enrolled, and residents completing the residency year",
         "No residency programme", "30 enrolled; 27 complete the year", 270, (
             ("Design the resident stipend and service commitment", "hr", "lead", -20, "done", True, ""),
             ("Agree residency partnership terms with Harbor University", "prep", "hr", -9, "in_progress", False,
              "Draft terms sent; the university wants seminars on two evenings instead of planning days."),
             ("Open applications to paraprofessionals and community members", "coord", "hr", 3, "not_started", True, ""),
             ("Hold information sessions in East Boston, Dorchester and Roxbury", "dual", "academics", 30, "not_started", False, ""),
         )),
        ("Build a corps of trained mentor teachers in host schools",
         "Mentor teachers who complete the 40-hour mentoring course",
         "6 trained mentors", "30 mentors, one for each resident", 200, (
             ("Select six host schools with strong teams and high need", "principal", "academics", -35, "done", True, ""),
             ("Adapt Toronto's mentor course materials with their permission", "prep", "hr", -4, "blocked", False,
              "Waiting for Toronto to confirm that we may use their video cases."),
             ("Negotiate mentor release time with the educators association", "union", "hr", 5, "in_progress", False, ""),
             ("Put mentor and resident in the same free period in host-school timetables", "principal", "academics", 45, "not_started", False,
              "Idea from the site visit at Lakeshore Heights Public School in Toronto."),
             ("Run the first mentor course cohort", "teacher", "prep", 75, "not_started", True, ""),
         )),
        ("Keep residency graduates teaching in high-need schools",
         "Graduates still teaching in a high-need Boston school after three years",
         "58% three-year retention of new teachers in these schools", "80% of residency graduates", 730, (
             ("Review Toronto's three-year retention findings with the team", "prep", "lead", -50, "done", False, ""),
             ("Agree a data-sharing plan to track retention by school and subject", "data", "hr", 2, "in_progress", False, ""),
             ("Present the retention design to the working group in Seoul", "lead", "lead", 25, "not_started", True, ""),
             ("Set up a first-year induction network for graduates", "teacher", "academics", 120, "not_started", False, ""),
         )),
    )
    for statement, indicator, baseline, target, due, actions in goals:
        goal = add("goal", {"plan": plan, "statement": statement, "indicator": indicator,
                            "baseline": baseline, "target": target, "due": day(due)})
        for title, responsible, accountable, action_due, status, milestone, action_notes in actions:
            add("action", {"goal": goal, "title": title, "responsible": members[responsible],
                           "accountable": members[accountable], "due": day(action_due), "status": status,
                           "milestone": milestone, "notes": action_notes or None})


def _newcomer_plan(b: _Built) -> None:
    ws, add, day, members, cities = b.ws, b.add, b.day, b.members, b.cities
    groups, practices, readings, notes = b.groups, b.practices, b.readings, b.notes
    plan = add(
        "action_plan",
        {
            "title": "Welcome classes and dual-language pathways for newcomer students",
            "problem_of_practice": "Newly arrived high-school students with interrupted schooling "
            "graduate at less than half the rate of students who arrive in elementary school.",
            "rationale": "Melbourne's reception classes and the Korean language classes we will see in "
            "Seoul keep newcomers learning content while they learn the language, and hand each "
            "student on with a transition plan. We are still in inquiry: families and schools must "
            "shape this before it becomes a plan.",
            "city": cities[HOME_CITY],
            "working_group": groups["diversity"],
            "stage": "inquiry",
            "status": "draft",
            "owner": members["academics"],
            "start": day(40),
        },
        tags=("newcomers", "multilingual"),
    )
    ws.link("adapted_from", plan, practices["reception"])
    ws.link("adapted_from", plan, cities["Melbourne"])
    for key in ("r_melbourne", "r_newcomers_bos"):
        ws.link("evidence", plan, readings[key])
    for key in ("n_newcomers", "n_es_families"):
        ws.link("evidence", plan, notes[key])
    goal = add("goal", {"plan": plan, "statement": "Every newcomer student starts school within a week of enrolment",
                        "indicator": "Days from enrolment to first school day", "baseline": "median 19 days",
                        "target": "median 5 days", "due": day(365)})
    add("action", {"goal": goal, "title": "Map the enrolment journey with five newcomer families",
                   "responsible": members["dual"], "accountable": members["academics"], "due": day(60)})
    add("action", {"goal": goal, "title": "Visit the Hangang Elementary language class in Seoul",
                   "responsible": members["ml"], "accountable": members["academics"], "due": day(25), "milestone": True})


def new_sample_workspace(folder: Path | str) -> Workspace:
    """A workspace of its own holding the sample team (marked as the sample, so the app never takes
    it for the user's own workspace nor its fictional lead for the user)."""
    ws = Workspace.new(folder, SAMPLE_TEAM, city="Boston")
    try:
        fill_sample(ws)
        ws.mark_sample()
    except BaseException:
        ws.close()
        raise
    return ws
