## The sections `ozyq new` writes under a new entry's front matter, by kind:
## one heading a line. `skeleton-any` is for a kind of the site's own.

skeleton-open-lesson =
    Aims of the lesson
    Technologies used
    Course of the lesson
    Reflection

skeleton-article =
    Abstract
    Introduction
    Main part
    Conclusion
    References

skeleton-seminar =
    Aim of the seminar
    Agenda
    Reports
    Resolution

skeleton-conference =
    Relevance
    Main points
    Conclusions

skeleton-olympiad =
    About the competition
    Preparation
    Results

skeleton-guideline =
    Explanatory note
    Contents
    Recommendations
    References

skeleton-bulletin =
    Main topic
    News
    Coming events

skeleton-self-education =
    Relevance of the topic
    Aim and tasks
    Stages of the work
    Results
    Conclusions

skeleton-any =
    Aims
    Course of work
    Conclusions
