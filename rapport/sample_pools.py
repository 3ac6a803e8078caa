"""Word pools for the bundled sample data (see :mod:`rapport.sample_data`).

Every name, company and message here is invented for the workbook. Names are built by pairing
a random first name with a random last name from the same culture, so no row describes a real
person. Entries written as ``display/roman`` carry an ASCII romanisation used for profile URLs.
Message templates use ``str.format`` slots filled in by the generator.
"""

# (weight, first names, last names). Roughly 80% Latin script, 20% other scripts.
CULTURES: tuple[tuple[int, tuple[str, ...], tuple[str, ...]], ...] = (
    (40, (
        "Aaron", "Bethany", "Callum", "Delia", "Ewan", "Fiona", "Gareth", "Harriet", "Isaac",
        "Jolene", "Keith", "Lorna", "Marcus", "Nadia", "Owen", "Priya", "Quentin", "Rosalind",
        "Simon", "Tegan", "Umar", "Vivian", "Wesley", "Yasmin", "Zachary", "Amara", "Kwame",
        "Chidi", "Femi", "Adaeze", "Tunde", "Ngozi", "Kofi", "Abena", "Hamish", "Maisie",
    ), (
        "Ashworth", "Brindle", "Coker", "Dunmore", "Ellery", "Fairweather", "Gossage", "Hollins",
        "Ibbotson", "Jessop", "Kettering", "Larkspur", "Mabey", "Nettleton", "Orchard", "Pettifer",
        "Quayle", "Rudge", "Sallow", "Thistlewood", "Umber", "Vickery", "Wragg", "Yeadon",
        "Okonkwo", "Adebayo", "Mensah", "Boateng", "Nwosu", "Pemberton-Hale", "O'Ferrall",
    )),
    (8, ("José", "Lucía", "Mateo", "Inés", "Joaquín", "Begoña", "Tomás", "Sofía", "João",
         "Conceição", "Rubén", "Maitê"),
        ("Ibáñez", "Peñalver", "Gómez-Arroyo", "Núñez", "Castaño", "Falcão", "Araújo",
         "Brandão", "Olivé", "Zúñiga")),
    (6, ("Zoë", "Hélène", "Jérôme", "Anaïs", "Gaël", "Léa", "Françoise", "Benoît"),
        ("Lefèvre", "Duchêne", "Bérard", "Mercier", "Gauthé", "Rousselière")),
    (5, ("Łukasz", "Małgorzata", "Wojciech", "Zuzana", "Jiří", "Bożena"),
        ("Kowalczyk", "Żurek", "Šimek", "Dvořák", "Wróbel", "Kędzior")),
    (5, ("Søren", "Åsa", "Bjørn", "Linnéa", "Ingrid", "Mads", "Sigrún", "Þórir"),
        ("Østergaard", "Lindqvist", "Håkansson", "Brekke", "Sæther", "Jónsdóttir")),
    (4, ("Ngọc", "Minh", "Thảo", "Quân", "Hương", "Đức"),
        ("Nguyễn", "Trần", "Lê", "Phạm", "Võ", "Đặng")),
    (4, ("Çağla", "Emre", "Gökhan", "Şule", "Özge", "İlker"),
        ("Yılmaz", "Öztürk", "Kaçar", "Güneş", "Aydın", "Şahin")),
    (4, ("Jürgen", "Käthe", "Lotte", "Matthias", "Friederike", "Ulrich"),
        ("Müller-Brandt", "Weißhaupt", "Köhler", "Brückner", "Schäfer")),
    (6, ("Ananya", "Rohan", "Deepika", "Vikram", "Meera", "Arjun", "Kavya"),
        ("Raghunathan", "Iyer", "Banerjee", "Deshpande", "Kulkarni", "Chatterjee")),
    (4, ("伟/wei", "芳/fang", "静/jing", "磊/lei", "晓明/xiaoming", "丽娜/lina"),
        ("王/wang", "李/li", "张/zhang", "陈/chen", "刘/liu", "赵/zhao")),
    (3, ("陽菜/hina", "蓮/ren", "さくら/sakura", "健太/kenta", "美咲/misaki"),
        ("佐藤/sato", "鈴木/suzuki", "高橋/takahashi", "山本/yamamoto", "中村/nakamura")),
    (3, ("지민/jimin", "서연/seoyeon", "민준/minjun", "하은/haeun"),
        ("김/kim", "이/lee", "박/park", "최/choi")),
    (3, ("Анна/anna", "Дмитрий/dmitry", "Олена/olena", "Игорь/igor", "Мария/maria"),
        ("Ковальчук/kovalchuk", "Шевченко/shevchenko", "Лысенко/lysenko", "Бондаренко/bondarenko")),
    (2, ("Ελένη/eleni", "Γιώργος/giorgos", "Δήμητρα/dimitra", "Νίκος/nikos"),
        ("Αλεξίου/alexiou", "Γεωργίου/georgiou", "Νικολάου/nikolaou", "Δημητρίου/dimitriou")),
    (3, ("ليلى/layla", "عمر/omar", "سارة/sara", "يوسف/yousef", "نور/nour"),
        ("الحسن/alhassan", "منصور/mansour", "حداد/haddad", "خوري/khoury")),
    (2, ("अनुज/anuj", "प्रिया/priya", "राहुल/rahul", "स्नेहा/sneha"),
        ("शर्मा/sharma", "वर्मा/verma", "जोशी/joshi", "पाठक/pathak")),
)  # fmt: skip

COMPANIES: tuple[str, ...] = (
    "Saltmarsh Analytics", "Cobalt Heron Labs", "Juniper Ridge Health", "Quillmoss Software",
    "Amberline Freight", "Tidewell Energy Co-op", "Orchard Lane Schools Trust",
    "Brightmoor Credit Union", "Kestrel & Dune", "Mapleforge Tools", "Gravelpath Robotics",
    "Fernhollow Foods", "Lumenbay Media", "Copperkettle Roasters", "Silverbirch Mutual",
    "Harrowgate Civic Trust", "Pinewhistle Games", "Stonechat Security", "Wrenfield Architects",
    "Driftglass Design", "Ironbark Engineering", "Moonrake Publishing", "Sablecrest Bank",
    "Thimbleweed Textiles", "Larkhollow Studios", "Otterbrook Water", "Bluegill Payments",
    "Nettlebed Clinics", "Hazelwick Learning", "Foxglove Biotech", "Marrowfield Farms",
    "Cinderpeak Outdoor", "Glasswing Data", "Puddlestone Transit", "Rookery Row Consulting",
    "Quarry & Quince", "Tansy Street Bakery", "Emberlight Solar", "Hollowell Insurance",
    "Wickerbridge Housing", "Loamwise Agritech", "Velvetleaf Cosmetics", "Bellhollow Hospice",
    "Dapplegrey Recruitment", "Inkwell & Anchor", "Featherfall Travel", "Grimsditch Legal",
    "Heronsgate Capital", "Kittiwake Marine", "Lichenworks", "Mistral Orchard Wines",
    "Nightjar Labs", "Oakapple Nurseries", "Pebblecourt Retail", "Quaymark Ports",
    "Ravenmoss Audio", "Skylark Community Radio", "Tumblebrook Couriers", "Wildthyme Kitchens",
    "Yarrowby Health Partners", "Zephyrine Wind", "Sorrelgate University", "Brackenfold Council",
    "Mothwing Analytics", "Dewpond Charity Network", "Plumtree Payroll", "Gannet Street Cinema",
    "Bramble, Finch & Co", "Hollow Oak Consulting, Ltd.", "Peregrine, Stroud and Vale",
    "Marigold & Quill, LLP", "Tamarind, Salt & Partners", 'The "Good Enough" Studio',
    'Project "Lighthouse" Collective', "Mühlenkamp Datenwerk", "Åkerlund Fabrik", "Società Cerulea",
    "Café Tilleul", "ひばり工房", "Ласточка Софт",
)  # fmt: skip

POSITIONS: tuple[str, ...] = (
    "Operations Analyst", "Senior Operations Analyst", "Product Manager", "Senior Product Manager",
    "Data Engineer", "Data Scientist", "Analytics Lead", "Head of People", "Community Manager",
    "Software Engineer", "Senior Software Engineer", "Staff Engineer", "UX Researcher",
    "Product Designer", "Account Executive", "Founder", "Co-founder & CEO", "Supply Chain Planner",
    "Nurse Educator", "Clinical Lead", "Secondary School Teacher", "Freelance Illustrator",
    "Recruiter", "Talent Partner", "Program Manager", "Engineering Manager", "Marketing Lead",
    "Grant Writer", "Logistics Coordinator", "Fleet Manager", "Warehouse Operations Lead",
    "Customer Success Manager", "Copywriter", "Finance Business Partner", "Policy Advisor",
    "Researcher", "PhD Candidate", "Independent Consultant", "Growth Marketer",
    "Sales Development Representative", "Volunteer Coordinator", "Head of Data",
    "Director, Partnerships", "VP, Customer Success", "Head of Data, EMEA",
    "Consultant, Strategy & Operations", "Manager, Route Planning",
    "Lead, Learning and Development", "Coach, Mentor, Recovering Perfectionist",
    'Chief "Make It Happen" Officer', 'Resident "Spreadsheet Whisperer"',
)  # fmt: skip

# Gerund phrases: what a contact is busy with.
PROJECTS: tuple[str, ...] = (
    "rebuilding how we forecast customer returns", "moving our warehouse data to a new platform",
    "launching a bilingual support line", "rewriting onboarding for new nurses",
    "hiring our first two designers", "getting a grant application over the line",
    "cleaning up ten years of messy supplier records",
    "setting up a mentoring scheme for junior staff", "testing a four-day week with one team",
    "opening a second studio across town", "untangling our pricing, which nobody fully gets",
    "teaching a night class on spreadsheets", "turning a weekend side project into a product",
    "planning a conference for about 300 people", "cutting delivery times in rural areas",
    "writing a short book about team rituals", "piloting electric vans on two routes",
    "trying to make our reports readable by humans", "building a rota tool for food banks",
    "preparing for a big audit, without panicking",
)  # fmt: skip
QUESTIONS_BACK: tuple[str, ...] = (
    "What got you into your line of work?", "What's the hardest part of your job right now?",
    "How are you finding it so far?", "What are you hoping to finish before the year is out?",
    "What would make this a good year for you?", "And what keeps you busy outside work?",
    "What are you looking forward to at the moment?",
)  # fmt: skip
MEMORIES: tuple[str, ...] = (
    "hiring for curiosity", "saying no kindly", "running small pilots first",
    "the night the routing system went down", "your rule about one-page proposals",
    "that workshop on difficult feedback",
)  # fmt: skip
PLACES: tuple[str, ...] = (
    "the café by the station", "the bakery on Tansy Street", "the little place by the library",
    "the roastery near the canal",
)  # fmt: skip
WEEKDAYS: tuple[str, ...] = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")

# Owner's work over time: (first day, phrase completing "I ...").
OWNER_WORK: tuple[tuple[str, str], ...] = (
    ("2014-01-01", "work on freight pricing at Gullwing Freight Brokers"),
    ("2016-06-01", "look after route-planning data at Lanternfish Logistics"),
    ("2021-06-01", "lead product for a clinic scheduling app at Copperleaf Clinics"),
    ("2025-01-01", "lead product at Copperleaf Clinics and run an evening mentoring circle"),
)

# Message templates, keyed by the step names the scripts use. Keys listed in PAIRED answer each
# other by position (the n-th answer replies to the n-th question), so one thread uses one index.
PAIRED: tuple[tuple[str, ...], ...] = (
    ("owner_answer", "them_detail"), ("owner_conversation_reply", "them_more"),
    ("give_offer", "thanks_close"), ("combination_reply", "combo_answer", "combo_close"),
    ("reconnect", "reconnect_reply"),
)  # fmt: skip
MESSAGES: dict[str, tuple[str, ...]] = {
    "first_note": (
        "Hi {first}, thanks for connecting! I {my_work}. What are you working on at the moment?",
        "Hello {first},\n\ngood to be connected. These days I {my_work}. What is taking up most "
        "of your week right now?",
        "Hi {first} - glad we're linked up. I {my_work}, and I'm always curious how other people "
        "spend their days. What are you looking forward to this year?",
        "{first}, thanks for accepting. A quick hello from my side: I {my_work}. What's the "
        "project you'd most like to talk about {their_place}?",
        'Hi {first}! Nice to "meet" you here. I {my_work}. What part of your job do you enjoy '
        "most, and which part worries you?",
        "Thanks for the connection, {first}. I {my_work}. Is there something you're trying to "
        "figure out at the moment? Happy to swap notes.",
    ),
    "conversation_reply": (
        "Hi {owner_first}, thanks for reaching out! I'm {role}. Most of my energy is going into "
        "{project}. {question}",
        "Hey {owner_first}!\nGood to hear from you. Right now I'm {role}, and the big thing on my "
        "desk is {project}. It's slow, but I like it. {question}",
        "Thanks {owner_first}, that sounds like a lot of moving parts. On my side: I'm {role}, "
        "and this quarter it's mostly {project}. {question}",
        "Hello {owner_first} - kind of you to write. I'm {role}. The thing keeping me up at "
        "night is {project}, in a good way mostly. {question}",
        "Hi {owner_first}, appreciate the note, hardly anyone sends one! I'm {role}, currently "
        "{project}. {question}",
    ),
    "them_first_note": (
        "Hi {owner_first}, we met briefly after the panel last week - thanks for connecting. I'm "
        "{role}. What did you make of the last talk?",
        "Hello {owner_first}! I saw your comment on the onboarding thread and agreed with every "
        "word. I'm {role}. What are you working on these days?",
        "Hi {owner_first}, thanks for adding me. I'm {role}, mostly {project}. Curious what "
        "you're focused on this year?",
    ),
    "owner_conversation_reply": (
        "Hi {first}, thanks for writing! I {my_work}. The big open question for me is how to "
        "keep things simple as we grow. What's the project you're proudest of?",
        "Good to hear from you, {first}. I {my_work}, which means a lot of listening to people "
        "who are tired of waiting. What made you pick your field?",
    ),
    "owner_answer": (
        "That sounds like a proper puzzle, {first}. The hardest part for me is getting people to "
        "trust the numbers, not the numbers themselves. How will you know if it works?",
        "Love that. For me the tricky bit right now is saying no to good ideas so the great ones "
        "get done. Who else is involved on your side?",
        "Thanks for the detail, {first}! I'm hoping to ship a calmer, simpler version of our "
        "tool before winter, and to take a proper holiday. What would a good outcome be for you?",
        "Ha, I know that feeling. Mine is mostly hiring at the moment: finding people who ask "
        "good questions. What's one thing you'd change about how your team works?",
        "Really interesting, {first}. I've been reading about exactly that problem, so I'd like "
        "to hear how it goes. What's the next step?",
    ),
    "them_detail": (
        "Good question - we count how many tickets come back a second time. It's crude, but "
        "people understand it.",
        "Mostly me and one very patient analyst. We could use more hands, but the budget says "
        'no, "for now".',
        "A good outcome would be fewer late nights, honestly. And a team that doesn't dread "
        "Mondays.",
        "I'd change how we run meetings: fewer, shorter, with a decision at the end. Easier said "
        "than done!",
        "Next step is a small pilot with two teams, then we'll see. Fingers crossed. If you ever "
        "want a second pair of eyes on your roadmap, just say.",
    ),
    "them_more": (
        "Proudest? Rewriting our welcome pack together with the new starters, not for them. "
        "Small, but people still mention it. What would you say is yours?",
        "Honestly, a teacher who made statistics feel like detective work. I've been chasing "
        "that feeling ever since. How about you?",
    ),
    "give_offer": (
        "That reminds me of a piece I read last month about small pilots: "
        "{site}/reading/small-pilots. Might be useful for yours.",
        "If it helps, I know someone who ran almost the same project last year. Want me to ask "
        "whether they'd be up for a chat with you?",
        "Happy to share the checklist we used for something similar. No strings attached, just "
        "shout.",
        "Good luck with it, {first}. I'll keep an eye out for anyone who could help, and please "
        "tell me how it goes.",
    ),
    "thanks_close": (
        "Just read it - spot on. Thanks for thinking of me!",
        "That would be brilliant, thank you! Yes please.",
        "Consider this me shouting: yes please, whenever suits.",
        "Thanks {owner_first}, really kind. I will, and let's keep in touch.",
    ),
    "propose_call": (
        "I'd love to hear more. Would you be up for a 30-minute video call next week? No agenda, "
        "just comparing notes.",
        "{first}, this is too good for a text thread. Could we do a short call, maybe "
        "{weekday} afternoon?",
        "Shall we move this to voice? I have time on {weekday} or {weekday2}, whichever suits.",
    ),
    "propose_coffee": (
        "Since we're both in town, fancy a coffee one morning? {place} does a decent flat white.",
        "Would you like to grab a coffee and carry on in person? I'm free {weekday} before work.",
    ),
    "accept": (
        "Yes, let's! {weekday} works. I'll send an invite.",
        "Great idea. {weekday} at 4 suits me - see you then.",
        "Absolutely, see you {weekday}. I'll be the one with the red scarf.",
    ),
    "after_call": (
        "Thanks for the call today, {first}. I'm still thinking about what you said about "
        "{memory}. I've written to the person I mentioned, and they're keen to meet you.",
        "Really enjoyed our chat. As promised, the notes template: {site}/notes-template. Let "
        "me know how the pilot goes!",
        "Good talking this morning. Two things I'm taking away: ask the team first, and stop "
        "apologising for small budgets. Thank you!",
    ),
    "after_coffee": (
        "Thanks for the coffee, {first}! Lovely to put a face to the name. Here's the book I "
        "mentioned: {site}/books/quiet-teams",
        "That was the best hour of my week, thank you. Next one's on me, and say hi to your "
        "team from me.",
    ),
    "after_reply": (
        "Likewise! Let's do it again in a couple of months.",
        "Thank you, that was the most useful half hour of my week.",
        "Same here. I've already tried your idea, and it worked.",
    ),
    "plug": (
        "Thanks for connecting!! Please follow my page for daily growth tips: {site}/growth-tips",
        "Thank you! If you like what I do, subscribe to my channel, new video every Tuesday: "
        "{site}/channel",
        "Hi! Great to connect. We just launched our crowdfunding campaign, every pledge counts: "
        "{site}/back-our-campaign",
        "Appreciate it! Watch my latest video and hit the like button 🙏 {site}/latest-video",
        'Thanks. My new e-book, "Ten Habits of Unstoppable People", is out now: {site}/ebook',
    ),
    "plug_reply": (
        "Thanks, I'll have a look. And what are you working on yourself these days?",
        "Congratulations on the launch! What's the story behind it?",
    ),
    "pitch": (
        "Hi {owner_first}, thanks for connecting. I help companies like yours triple their "
        "pipeline in 90 days with our lead engine. Do you have 15 minutes this week for a demo?",
        "Hello {owner_first},\n\nI'll be brief. Our platform cuts scheduling costs by 40%, "
        "guaranteed. Who's the right person to talk to about this at your company?",
        "Great to be connected! We are offering a limited pilot of our outsourced dev team, "
        '"senior quality at junior prices". Can I send you our deck?',
        "Hi {owner_first}, I noticed you work in operations. We've helped 200+ teams automate "
        "reporting. When are you free for a quick call?",
    ),
    "pitch_followup": (
        "Just bumping this to the top of your inbox, {owner_first}. Any interest?",
        "Hi again - did you get a chance to look at my last message?",
    ),
    "decline_pitch": (
        "Thanks, {first}, but it's not something we need right now. If you'd like to tell me "
        "what you're working on more broadly, I'm happy to listen.",
        "Not for us at the moment, but good luck with it.",
    ),
    "ghost_return": (
        "Hi {owner_first}, I'm new here, maybe you can help me. I'm looking for a job in "
        "product, could you refer me?",
        "Hello! I'm new to this field and hoping you can help me. Do you know anyone hiring "
        "data analysts?",
        "Hi {owner_first}, long time! I'm new in town, maybe you can help me find clients for "
        "my consulting business?",
        "Hey, hope you're well. I'm new here and could use some help: can you pass my CV to "
        "your HR team?",
    ),
    "ghost_response": (
        "Hi {first}, good to hear from you. Before I can help I'd love to know a bit more: what "
        "kind of role, and what have you enjoyed most so far? Maybe a short call is easier?",
    ),
    "vague_ask": (
        "Hi {owner_first}, can I pick your brain sometime?",
        "We should definitely meet up at some point!",
        "Hi, I need your help with something. Are you around?",
        "Hey {owner_first}, would love to pick your brain about product stuff. Let me know.",
    ),
    "vague_clarify": (
        "Happy to help if I can, {first}. What's the question? A line or two on what you're "
        "stuck on tells me whether I'm the right person.",
        "Sure - what did you have in mind? A specific question makes it easier to be useful.",
    ),
    "vague_again": (
        "Just general stuff really, whenever you're free.",
        "Oh, a bit of everything. Let's find a time!",
    ),
    "combination_reply": (
        "Thanks {owner_first}! I run a small studio making training videos for nurses; our "
        "latest is here: {site}/videos/night-shift. What does your team struggle with most when "
        "new people join?",
        "Hi {owner_first}, good to connect. I'm {role}, and I write a short monthly letter on "
        "warehouse automation ({site}/letters). How did you end up in your current job?",
        "Appreciate the hello! Short version: I'm {role}, building a tool for volunteer rotas, "
        "demo here: {site}/rota-demo. What's the one feature you'd want in something like that?",
    ),
    "combo_answer": (
        "That looks great, {first}, thanks for sharing. Honestly? Getting new people to ask "
        "questions early. What did you learn from making it?",
        "Thanks! I'll read it this weekend. For me it was mostly luck, plus a kind manager. "
        "What about you?",
        "Nice demo! I'd want people to swap shifts without a single phone call. What made you "
        "start building it?",
    ),
    "combo_close": (
        "Mostly that shorter is better: three minutes beats thirty. Good luck with the new "
        "starters!",
        "Luck and a kind manager, same here, plus a lot of night classes. Nice to meet you "
        "properly!",
        "A food bank near me ran its rota on paper, and I couldn't watch any longer. Noted on "
        "shift swaps, thank you!",
    ),
    "non_answer": (
        "Nothing much, just networking.",
        "Oh, you know, the usual. Just growing my network!",
        "Not much really. Let me know if you hear of anything.",
    ),
    "nudge": (
        "Fair enough! If something comes up you'd like a hand with, tell me what it is and "
        "I'll see who I know.",
    ),
    "list_owner": (
        "Hi {owner_first}! My friend has just launched an amazing productivity app. Could you "
        "share it with your audience? Here's the link: {site}/launch",
        "Hello, a good friend of mine launches her book next week. Would you post about it to "
        "your network? It would mean a lot!",
    ),
    "borrowed_name": (
        "Hi {owner_first}, {mutual} suggested I get in touch. We help clinics fill empty "
        "appointment slots - could we set up a call?",
        "{mutual} said you're the person to talk to about partnerships. Do you have time this "
        "week?",
    ),
    "borrowed_reply": (
        "Thanks for reaching out, {first}. I don't remember talking about this with {mutual}; "
        "could you tell me, in a sentence or two, what you're hoping for?",
    ),
    "reconnect": (
        "Hi {first}, it's been far too long - I think we last talked properly back at "
        "{former}. I keep thinking about how you handled {memory}, and I'm facing something "
        "similar now. Would you be open to a 20-minute call in the next few weeks? Totally fine "
        "if not.",
        "{first}, hello again! I realise we haven't spoken in years, and that's on me. These "
        "days I {my_work}. I'm deciding whether to hire a first analyst or buy a tool instead, "
        "and yours is the judgement I trust on this. Could I ask you two quick questions here?",
    ),
    "reconnect_reply": (
        "{owner_first}! What a nice surprise. Yes, happy to help. Friday works for a call.",
        "So good to hear from you! Of course - ask away. And tell me what else is new.",
    ),
    "reconnect_thanks": (
        "Thank you, this was exactly what I needed. I owe you a coffee, and if there's anything "
        "I can do for you, please tell me.",
    ),
}

# Conversation scripts: steps of (who writes, template key, gap before it), then the fewest and
# most steps kept. Gap kinds are drawn in ``sample_data``; ``after_leaving`` is a date window.
SCRIPTS: dict[str, tuple[tuple[tuple[str, str, str], ...], int, int]] = {
    "conversation": ((("me", "first_note", "days"), ("them", "conversation_reply", "hours"),
                      ("me", "owner_answer", "hours"), ("them", "them_detail", "days"),
                      ("me", "give_offer", "hours"), ("them", "thanks_close", "hours")), 3, 6),
    "their_note": ((("them", "them_first_note", "days"), ("me", "owner_conversation_reply",
                    "hours"), ("them", "them_detail", "days"), ("me", "give_offer", "hours"),
                    ("them", "thanks_close", "hours")), 2, 5),
    "call": ((("me", "first_note", "days"), ("them", "conversation_reply", "hours"),
              ("me", "propose_call", "hours"), ("them", "accept", "hours"),
              ("me", "after_call", "days"), ("them", "after_reply", "hours")), 5, 6),
    "coffee": ((("me", "first_note", "days"), ("them", "conversation_reply", "hours"),
                ("me", "propose_coffee", "hours"), ("them", "accept", "hours"),
                ("me", "after_coffee", "days"), ("them", "after_reply", "hours")), 5, 6),
    "silent": ((("me", "first_note", "days"),), 1, 1),
    "plug": ((("me", "first_note", "days"), ("them", "plug", "hours"),
              ("me", "plug_reply", "hours")), 2, 3),
    "pitch": ((("them", "pitch", "days"), ("them", "pitch_followup", "weeks"),
               ("me", "decline_pitch", "hours")), 1, 3),
    "ghost": ((("me", "first_note", "days"), ("them", "ghost_return", "months"),
               ("me", "ghost_response", "hours")), 2, 3),
    "ghost_cold": ((("them", "ghost_return", "months"), ("me", "ghost_response", "hours")), 1, 2),
    "vague": ((("them", "vague_ask", "days"), ("me", "vague_clarify", "hours"),
               ("them", "vague_again", "days")), 1, 3),
    "combination": ((("me", "first_note", "days"), ("them", "combination_reply", "hours"),
                     ("me", "combo_answer", "hours"), ("them", "combo_close", "days")), 2, 4),
    "non_answer": ((("me", "first_note", "days"), ("them", "non_answer", "hours"),
                    ("me", "nudge", "hours")), 2, 3),
    "list_owner": ((("them", "list_owner", "months"),), 1, 1),
    "borrowed": ((("them", "borrowed_name", "days"), ("me", "borrowed_reply", "hours")), 1, 2),
    "reconnect": ((("me", "reconnect", "after_leaving"), ("them", "reconnect_reply", "hours"),
                   ("me", "reconnect_thanks", "days")), 2, 3),
}  # fmt: skip
# How many connections get each script; long-gap scripts come first so they get early contacts.
SCRIPT_COUNTS = (
    ("reconnect", 5), ("ghost", 6), ("ghost_cold", 3), ("list_owner", 3), ("conversation", 22),
    ("their_note", 7), ("call", 5), ("coffee", 4), ("silent", 22), ("plug", 9), ("pitch", 9),
    ("vague", 7), ("combination", 8), ("non_answer", 5), ("borrowed", 3),
)  # fmt: skip

# Messages from people who are not connections: (name, role, subject, content).
STRANGERS: tuple[tuple[str, str, str, str], ...] = (
    ("Gideon Marchbank", "Recruiter at Dapplegrey Recruitment", "A role you might like",
     "Hi {owner_first},\n\nI came across your profile and think you'd suit a Senior Product "
     "role with my client, a fast-growing health start-up. Open to a quick chat?\n\nBest,\n"
     "Gideon"),
    ("Odessa Pennington", "Events at Sorrelgate University", "Speaker invitation",
     "Hello {owner_first}, we're putting together a small evening meetup on product work in "
     "health care, and a colleague mentioned your talk. Would you consider a 15-minute slot?"),
)  # fmt: skip

# Weekly log notes: (kind, direction, channel, note). {a} and {b} are first names.
NOTES: tuple[tuple[str, str, str, str], ...] = (
    ("give", "me", "message", "Sent {a} the article on rota planning we talked about"),
    ("give", "me", "message", "Reviewed {a}'s pitch deck, left comments on pacing"),
    ("give", "me", "message", "Shared {a}'s job post with two people who fit"),
    ("give", "me", "message", "Wrote a short recommendation for {a}"),
    ("give", "me", "comment", "Commented on {a}'s post about burnout, added what worked for us"),
    ("give", "me", "comment", "Answered {a}'s question in the comments with our numbers"),
    ("give", "me", "comment", "Shared {a}'s launch post with a note on why it matters"),
    ("give", "me", "call", "Passed {a} the name of a good accountant, as asked"),
    ("give", "me", "video", "Gave {a} feedback on their CV, kind and specific"),
    ("give", "me", "coffee", "Coffee with {a}: walked through their portfolio together"),
    ("give", "me", "event", "Stood in for {a} on the meetup panel so they could rest"),
    ("give", "them", "message", "{a} sent me a podcast on team rituals, very thoughtful"),
    ("give", "them", "message", "{a} reviewed my talk outline without being asked"),
    ("give", "them", "comment", "{a} shared our hiring post with their network"),
    ("ask", "me", "message", "Asked {a} for feedback on my talk outline, small and specific"),
    ("ask", "me", "call", "Asked {a} how they priced their first workshop"),
    ("ask", "me", "video", "Asked {a} for a second opinion on the hiring plan"),
    ("ask", "them", "message", "{a} asked for an intro to a designer, on it"),
    ("ask", "them", "message", "{a} asked how we run onboarding, sent them our doc"),
    ("ask", "them", "call", "{a} wants advice on a job offer; we talked it through"),
    ("ask", "them", "coffee", "Coffee with {a}, who wanted to hear how I changed sectors"),
    ("check-in", "me", "message", "Checked how {a}'s pilot went; it shipped, they're relieved"),
    ("check-in", "me", "message", "Quick hello to {a} after their holiday"),
    ("check-in", "me", "call", "Caught up with {a}, they're worried about budget cuts"),
    ("check-in", "me", "video", "Asked {a} how the new team is settling in"),
    ("check-in", "me", "coffee", "Coffee with {a}: their move, my roadmap, and dogs"),
    ("check-in", "me", "coffee", "Long coffee with {a}, learned what they hope for next year"),
    ("check-in", "me", "event", "Met {a} at the product meetup, swapped onboarding stories"),
    ("check-in", "me", "event", "Saw {a} at the mentoring evening, promised to follow up"),
    ("check-in", "them", "message", "{a} checked in after seeing my post, nice surprise"),
    ("check-in", "them", "event", "{a} came over to say hello at the health-tech evening"),
    ("check-in", "them", "video", "{a} asked how the launch went, we talked for ages"),
    ("follow-up", "me", "message", "Followed up with {a} on the checklist I promised"),
    ("follow-up", "me", "message", "Sent {a} the notes from our call"),
    ("follow-up", "me", "message", "Replied to {a}'s question about onboarding, finally"),
    ("follow-up", "me", "message", "Sent {a} the two names I mentioned, with context"),
    ("follow-up", "me", "video", "Second call with {a} to see how the pilot landed"),
    ("follow-up", "them", "message", "{a} told me how the interview went: they got it"),
    ("follow-up", "them", "call", "{a} rang with results from the pilot, mostly good"),
    ("introduction", "me", "message", "Introduced {a} to {b}, both agreed first; same headache"),
    (
        "introduction",
        "me",
        "message",
        "Double opt-in intro: {a} and {b}, same problem, two sectors",
    ),
    ("introduction", "me", "message", "Connected {a} with {b} for mentoring, asked each first"),
    ("introduction", "me", "event", "Introduced {a} and {b} at the meetup; each had asked to meet"),
    ("introduction", "them", "message", "{a} introduced me to {b}, after checking with me first"),
)
