# ruff: noqa: E501 -- tables of patterns read best one per line
"""English (also applied to every other language: young people mix it in)."""

NUMBERS = ("zero|oh|nought", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
AT = ("at",)
DOT = ("dot", "period")
REGIONS = ("GB", "IE", "MT")

_YOU = r"(?:you|u|ya)"
_YOURE = r"(?:you'?re|you are|ur|u r|your|youre)"

PATTERNS = {
    "address": [
        r"\b\d{1,4}[a-z]?,? [a-z]+(?: [a-z]+)? (?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|way|crescent|terrace|place|gardens|court|park|grove|square)\b",
        r"\bi live (?:at|on) (?:number |no\.? )?\d",
        r"\bmy (?:home |house )?address(?: is|'s|:)",
        r"\bi live (?:at|on|in) [a-z]+ (?:street|road|avenue|lane|drive|close|crescent|terrace)\b",
        r"\bmy (?:postcode|post code|zip code|eircode)(?: is|'s|:)",
        r"\b(?:i go to|i'?m at|i attend|my school is|come to) (?:st\.? |saint )?[a-z']+(?: [a-z']+){0,3} (?:school|college|academy|high|primary|grammar|community school|secondary)\b(?: (?:in|at|on) [a-z]+)?",
        r"\b[a-z']+(?: [a-z']+){0,2} (?:high school|secondary school|primary school|grammar school|academy|community college) in [a-z]+",
    ],
    "social_handle": [
        r"\b(?:add|follow|friend|dm|hmu on|hit me up on|find me on|look me up on|sub to) me (?:on|at|in) {platforms}",
        r"\badd me\b(?! to the (?:list|group chat of the class))",
        r"\bmy {platforms}(?: name| username| handle| id| tag| account| is)? (?:is|'s|=|:)",
        r"\b(?:hit me up|find me|look me up|follow me|sub to me|subscribe to me) on\b",
        r"\bmy (?:snap|insta|tiktok|discord|ig|telegram|username|handle|gamertag|user) is\b",
        r"\b(?:add|follow) me\b.{0,20}\b{platforms}\b",
    ],
    "private_channel": [
        r"\b(?:dm|pm|inbox|message|text|msg|snap|whatsapp) me\b",
        r"\b(?:talk|chat|speak|continue|message) (?:in|on|over|via) (?:private|dms?|pms?|priv)\b",
        r"\blet'?s (?:talk|chat|continue|go|move) (?:in )?(?:private(?:ly)?|somewhere (?:else|private|more private))\b",
        r"\b(?:talk|chat|move|continue|message me|text me|switch|go) (?:on|to|over|via|onto) {platforms}",
        r"\bprivate (?:chat|message|server|group)\b",
        r"\bslide into (?:my|your) dms\b",
        r"\bwhere (?:nobody|no one|no1) (?:can|will|could) (?:read|see|find|check)\b",
        r"\b(?:app|chat|place|server) (?:where|that) (?:messages|chats) (?:disappear|delete|vanish)\b",
        r"\bsecret (?:chat|account|app|group)\b",
        r"\b(?:download|get|install) (?:telegram|signal|kik|wickr|session|threema|wire)\b",
    ],
    "meet_up": [
        r"\b(?:let'?s|we (?:should|could)|wanna|want to|can we|shall we|why don'?t we) (?:meet|hang out|hook up|see each other)(?! (?:online|on zoom|on teams|in the (?:meeting|call)))\b",
        r"\bmeet (?:up|me|irl|in person|in real life|alone|somewhere)\b",
        r"\bcome (?:to|over to|round to|over at) my (?:house|place|flat|car|room)\b",
        r"\bwhere do (?:you|u) live\b|\bwhere (?:are|r) (?:you|u) from exactly\b|\bwhat(?:'s| is) (?:your|ur) address\b",
        r"\b(?:what|which) school (?:do|d'?you|are) (?:you|u)?\s*(?:go to|at|attend)\b|\bwhat school (?:do you|are you)\b|\bwhere do (?:you|u) go to school\b",
        r"\bi(?:'ll| will| can| could) (?:pick you up|come (?:to|and) (?:see|get) you|drive you)\b",
        r"\b(?:i'll|i will) (?:wait for you|be waiting) (?:at|outside|behind|near)\b",
        r"\bmeet (?:at|outside|behind|near) (?:the|your|my)\b",
    ],
    "secrecy": [
        r"\bdon'?t tell (?:your|anyone|anybody|ur|ya|ma|mum|mom|dad|no ?one|nobody|the (?:mods|moderators|others))\b",
        r"\bdo not tell (?:your|anyone|anybody)\b",
        r"\bkeep (?:it|this|that|us|our chats?) (?:a )?(?:secret|between us|quiet|to yourself|private)\b",
        r"\b(?:our|a) (?:little )?secret\b",
        r"\bjust between (?:us|you and me|the two of us)\b",
        r"\b(?:delete|clear|erase) (?:this|our|the|these|all) (?:chat|messages?|convo|conversation|dms|texts?)\b",
        r"\b(?:your|ur) parents (?:don'?t|wouldn'?t|won'?t) (?:need to|have to|understand)\b",
        r"\bno ?one (?:needs|has) to know\b|\bnobody (?:needs|has) to know\b",
        r"\b(?:they|adults|parents|grown ?ups) (?:wouldn'?t|won'?t|don'?t) understand (?:us|our|this)\b",
    ],
    "image_request": [
        r"\bsend (?:me )?(?:a |an |some |your |ur |more |another |one |a few )?(?:pic|pics|picture|pictures|photo|photos|selfie|selfies|nude|nudes|vid|video|snap)s?\b(?! (?:of (?:the|your) (?:poster|drawing|project|dog|cat|art)))",
        r"\b(?:can|could|will) (?:i|you|u) (?:see|get|have) (?:a |some |more )?(?:pic|pics|picture|photo|photos|selfie|nudes?)\b",
        r"\bshow me (?:yourself|your (?:body|face|legs|chest|boobs|bum|butt|room|outfit)|what (?:you|u) look like|more of you)\b",
        r"\b(?:turn|put|switch) (?:on )?(?:your|ur|the) (?:cam|camera|webcam)(?: on)?\b",
        r"\bsend nudes\b|\bsend (?:me )?(?:something|a pic) (?:sexy|hot|naughty|special)\b",
        r"\b(?:pic|photo|picture|video) (?:of you )?(?:in|without) (?:your )?(?:underwear|bikini|pyjamas|clothes|bra)\b",
        r"\bwhat (?:are|r) (?:you|u) wearing\b",
    ],
    "grooming": [
        r"\b(?:are|r) (?:you|u) (?:home )?alone(?: (?:now|right now|at home|tonight|in your room))?\b",
        r"\b(?:are|r|will) (?:your|ur) (?:parents|mum|mom|dad|family) (?:home|around|out|away|asleep|watching)\b",
        r"\bwhen (?:are|r) (?:your|ur) parents (?:out|away|not home|asleep)\b",
        r"\b(?:is|will) any ?one (?:else )?(?:be )?(?:home|with you|around)\b",
        r"\bi(?:'ll| will| can| could) (?:buy|get|give|send) (?:you|u) (?:a |some |free |new )?(?:gift|present|robux|v-?bucks|vbucks|skins?|gems|coins|money|cash|credit|phone|iphone|gift ?card|clothes|\d+)",
        r"\b(?:free|i'll give you|want some) (?:robux|v-?bucks|vbucks|skins|gems|gift ?cards?)\b",
        r"\bi(?:'ll| will| can) pay (?:you|u)\b|\bi'?ll send (?:you|u) money\b",
        r"\b(?:you|u) (?:can|could) trust me\b.{0,40}\b(?:secret|tell|parents|alone)\b",
        r"\b(?:i'?m|i am) (?:the only one|only one) who (?:really )?(?:understands|gets) (?:you|u)\b",
        r"\bage is just a number\b",
        r"\b(?:be|become) my (?:girlfriend|boyfriend|gf|bf)\b",
    ],
    "age_question": [
        r"\bhow old (?:are|r) (?:you|u|ya)(?! (?:guys|all))\b",
        r"\b(?:what|wat)(?:'s| is) (?:your|ur) (?:real |actual )?age\b",
        r"\b(?:asl|a/s/l)\b",
        r"\b(?:are|r) (?:you|u) (?:really |actually )?(?:1[0-7]|under ?age|a minor|still in school)\b",
        r"\bwhat (?:year|grade|class) (?:are|r) (?:you|u) in\b",
        r"\bwhen(?:'s| is) (?:your|ur) birthday\b",
    ],
    "flattery": [
        rf"\b{_YOURE} (?:so |really |very |such a )*(?:mature|grown ?up|special|beautiful|gorgeous|pretty|cute|hot|sexy|perfect)\b(?: for (?:your|ur|an?) (?:age|\d+))?",
        rf"\b{_YOU} (?:seem|look|sound|act) (?:so |really |very |much )*(?:older|mature|grown ?up)\b",
        r"\bmature for (?:your|ur|a) (?:age|\d+)",
        r"\bnot like (?:the )?other (?:girls|boys|kids)\b",
        r"\b(?:i|we) have (?:a )?(?:special|real) (?:connection|bond)\b",
        rf"\b{_YOU}(?:'re| are) (?:my|so) special\b|\bi (?:really )?(?:like|love) (?:you|u) (?:so much|a lot)\b",
    ],
    "sexual": [
        r"\b(?:sexting|porn|porno|horny|naked|nude|nudes|dick|cock|pussy|boobs|tits|blowjob|masturbat\w*|orgasm|jerk off|wank|onlyfans|xxx|sexy time)\b",
        r"\b(?:have|having) sex\b|\bsleep with (?:you|u|me)\b|\bmake (?:you|u) feel good\b",
        r"\btouch (?:yourself|urself|you|u) (?:down there|there)\b|\bdown there\b",
        rf"\b{_YOURE} (?:so |really )?(?:hot|sexy)\b",
        r"\b(?:kiss|lick|touch) (?:you|u) all over\b",
    ],
    "insult": [
        rf"\b{_YOURE} (?:so |such an? |a |an |really |literally |just |the most |fucking |the biggest )*(?:stupid|idiot|loser|ugly|fat|dumb|moron|pathetic|freak|worthless|disgusting|retard(?:ed)?|useless|trash|garbage|a joke|creep|weirdo|gross|nobody|failure|annoying|cringe|waste)\b",
        r"\b(?:stupid|ugly|fat|dumb|fucking|disgusting|pathetic) (?:loser|idiot|cow|pig|bitch|freak|whale|bastard|slut|moron|piece of (?:shit|crap))\b",
        r"\b(?:nobody|no ?one|no1) (?:likes|wants|cares about|loves|would miss) (?:you|u)\b",
        r"\b(?:everyone|everybody|we all) (?:hates|hate|laughs at|laugh at) (?:you|u)\b",
        r"\bshut (?:up|ur mouth|your mouth)\b",
        r"\b(?:retard|bitch|slut|whore|faggot|fag|cunt|twat|dickhead|wanker|fuck (?:you|u|off)|stfu|piece of shit)\b",
        r"\bgo (?:and )?(?:die|kill yourself|jump off)\b",
        r"\bkill (?:yourself|urself|ur ?self)\b|\bkys\b",
        r"\b(?:you|u) (?:should|need to) (?:die|disappear|leave|quit)\b",
        r"\b(?:go )?(?:back to|off to) (?:your|ur) (?:own )?country\b",
        r"\b(?:no ?one|nobody) wants (?:you|u) here\b|\bget lost\b|\bdon'?t (?:ever )?come back\b",
        r"\b(?:look(?:s)? like|smell(?:s)? like) (?:a |an )?(?:pig|whale|cow|rat|dog|trash|shit)\b",
    ],
    "hate": [
        r"\b(?:all |those |these |fucking |dirty )?(?:gays|fags|muslims|jews|blacks|gypsies|immigrants|refugees|trannies|migrants|roma)\b.{0,30}\b(?:should (?:die|be killed|go back|leave|burn)|are (?:disgusting|animals|vermin|trash|subhuman|a disease)|ruin)",
        r"\b(?:nigger|nigga|kike|paki|tranny|spic|chink|gypo|gyppo|faggot|raghead)\b",
        r"\b(?:gay|trans|muslim|jewish|black|fat|disabled) (?:people )?(?:are|is) (?:disgusting|sick|gross|not normal|animals|vermin)\b",
        r"\bgo back to (?:where|your) (?:you|u|country)\b",
        r"\bhitler was right\b|\bgas the\b|\bheil\b",
    ],
    "self_harm": [
        r"\bkill(?:ing)? myself\b|\bend(?:ing)? (?:it all|my life|things|everything)\b|\btake my (?:own )?life\b",
        r"\b(?:want|wanna|going|planning|plan|ready) to (?:die|disappear|be gone|end it|not exist|sleep forever|go to sleep forever)\b",
        r"\b(?:hurt|hurting|harmed|harming|cut|cutting|burn|burning|scratch(?:ed|ing)?|punish(?:ed|ing)?) myself\b",
        r"\b(?:cut|cutting|scratch(?:ing|ed)?|burn(?:ing|ed)?) (?:my|on my) (?:arm|arms|wrist|wrists|legs|thighs|skin)\b",
        r"\bsuicid(?:e|al)\b.{0,40}\b(?:i|me|my|i'm|im)\b|\b(?:i|i'm|im|i am|i've|ive) .{0,40}\bsuicid",
        r"\bdon'?t want to (?:live|be alive|exist|be here|wake up|go on)\b(?: anymore| any more)?",
        r"\bno (?:reason|point) (?:to |in )?(?:live|living|going on|being here|anymore|any more)\b",
        r"\b(?:everyone|everybody|they|people|my family|my parents|the world)(?:'d| would)? (?:be )?better off (?:dead|without me)\b|\bbetter off (?:dead|without me)\b",
        r"\bwish (?:i|that i) (?:could |would |was |were |had )?(?:just )?(?:disappear|vanish|die|dead|gone|never been born|not here|wasn'?t here|wasn'?t born|was never born|fall asleep and (?:never|not) wake|not wake up|sleep forever|stop existing|not exist|didn'?t exist|not be here)",
        r"\b(?:nobody|no ?one|no1)(?:'d| would) (?:even )?(?:miss|notice|care)(?: if i)?(?: me)?\b",
        r"\b(?:can'?t|cannot|can not) (?:do this|take (?:it|this|any more|anymore)|go on|keep going|cope|handle (?:it|this|life)) ?(?:anymore|any more|much longer)?\b.{0,60}\b(?:gone|die|disappear|end|over|myself)\b",
        r"\b(?:can'?t|cannot) (?:go on|keep going|do this) (?:anymore|any more|like this)\b",
        r"\b(?:tired|sick) of (?:living|being alive|life|existing|everything)\b",
        r"\bi'?m (?:such )?a burden\b|\bi(?:'m| am) better off dead\b",
        r"\b(?:i|i'?ve|i have) (?:started|been) (?:cutting|hurting|harming)\b|\bi (?:did|do) it again\b.{0,40}\b(?:cut|blade|hurt|scars?)\b",
        r"\b(?:took|take|swallow(?:ed)?|saving up) (?:all |a lot of |too many |my )?(?:pills|tablets|sleeping pills)\b",
        r"\b(?:jump|jumping) (?:off|from|in front of) (?:a |the )?(?:bridge|roof|building|train|cliff)\b",
        r"\bgoodbye (?:everyone|forever|world)\b|\bthis is my last (?:post|message|day)\b",
        r"\b(?:i )?(?:just )?want (?:it|everything|the pain) (?:all )?to (?:stop|end)\b|\bwant to (?:just )?disappear\b",
        r"\bwish i (?:could )?(?:sleep|fall asleep) (?:forever|and never wake up)\b|\bnever wake up\b",
        r"\bhate (?:my ?self|my life) so much\b.{0,40}\b(?:die|gone|disappear|hurt)\b",
        r"\b(?:blade|razor|scars?)\b.{0,40}\b(?:again|myself|my arm|my wrist)\b",
        r"\bwouldn'?t (?:be|mind) (?:here|dying|being dead)\b|\bnot (?:be|being) (?:here|around) (?:anymore|tomorrow)\b",
        r"\b(?:disappear|vanish) (?:forever|for good)\b|\bjust (?:want to |wanna )?(?:disappear|vanish)\b",
    ],
    "self_harm_topic": [
        r"\bsuicid(?:e|al)\b",
        r"\bself[- ]?harm",
    ],
    "abuse": [
        r"\b(?:he|she|they|my (?:step)?\w+) (?:touches|touched|hits|hit|beats|beat|hurts|hurt|kicks|slaps|chokes) me\b",
        r"\b(?:sexually )?abus(?:ed|es|ing) me\b|\bi (?:was|am|get|got|'m) (?:being )?(?:abused|raped|molested|assaulted)\b",
        r"\bblackmail(?:s|ing|ed)? me\b|\bi'?m being blackmailed\b",
        r"\bthreaten(?:s|ing|ed)? to (?:share|post|send|leak|show) (?:my|the) (?:photos|pictures|pics|nudes|videos|pic|photo)\b",
        r"\bsextortion\b.{0,40}\b(?:me|my)\b",
        r"\b(?:scared|afraid) (?:to go|of going) home\b",
    ],
    "awareness": [
        r"\b(?:today |yesterday |in class |at school |in (?:our |the )?(?:lesson|workshop|assembly))?(?:we|our class|our teacher|the teacher|the police officer|a speaker) (?:talked|learned|learnt|discussed|spoke|heard|read|watched|explained|did a workshop) (?:about|that|how|why|a lot about)\b",
        r"\bwhy (?:you )?(?:should )?never\b|\b(?:never|don'?t ever) (?:share|send|give out|post) (?:your|nudes|pics|photos|personal|private)\b",
        r"\bif (?:someone|somebody|anyone|a stranger|a person) (?:asks|tells|sends|wants|pressures|threatens|says)\b",
        r"\b(?:talk to|tell) (?:a |an )?(?:trusted adult|adult you trust|someone you trust|teacher|helpline|counsellor)\b",
        r"\b(?:report|block) (?:and block|and report|them|the (?:account|person|profile|post))\b",
        r"\b(?:is|are) (?:a )?(?:red flags?|warning signs?|signs of grooming)\b|\bred flags?\b",
        r"\b(?:groomers?|predators?|scammers?) (?:often|usually|may|might|will|try|pretend|use|ask)\b",
        r"\b(?:awareness|campaign|poster|presentation|project|lesson|workshop|assembly|quiz|video|podcast|article) (?:about|on) (?:online |cyber ?)?(?:safety|bullying|grooming|sexting|nudes|self-harm|mental health|hate|privacy|scams)\b",
        r"\bhow to (?:spot|recognise|recognize|report|block|deal with|stay safe|protect)\b",
        r"\b(?:it'?s|is) (?:never |not )?(?:ok|okay|your fault|normal) (?:to|if|when)\b",
        r"\b(?:tips?|advice|remember)(?: for| on)?:",
        r"\bwhat (?:would|should|do) (?:you|we|u) do if\b",
        r"\b(?:we|our class|they) (?:learned|learnt|were taught|were told|got told|discussed|talked about)\b",
        r"\bnever to (?:send|share|post|give out|meet)\b",
        r"\b(?:people|some people|strangers) (?:online )?(?:can|may|might) (?:pretend|lie|ask)\b",
    ],
}

# Broader wording for the signals that matter most (indirect self-harm, bullying, grooming).
PATTERNS["self_harm"] += [
    r"\b(?:if|when) i(?:'m| am| was| were)? (?:not|n't|no longer|gone|dead)(?: here| around| alive)?\b.{0,40}\b(?:better|happier|easier|notice|care|miss)\b",
    r"\b(?:everyone|everybody|they|my family)(?:'d| would) be (?:happier|better|fine) (?:if i (?:was|were|wasn'?t|weren'?t)|without)\b",
    r"\b(?:thinking|think|thought) (?:about|of) (?:ending it|ending my life|not being here|dying|killing|taking my)\b",
    r"\b(?:saving|saved|collecting|hiding) (?:up )?(?:pills|tablets|my meds)\b|\bhow many (?:pills|tablets)\b",
    r"\b(?:goodbye|suicide) (?:letter|note)s?\b|\bwrote (?:a |my )?(?:goodbye|last) (?:letter|note)\b",
    r"\bno (?:way out|point (?:anymore|any more|in (?:anything|trying|living)))\b|\bwhat'?s the point of (?:living|anything|me|being here)\b",
    r"\b(?:want|wanna|need) (?:it|the pain|everything) to (?:stop|end) (?:forever|for good)\b",
    r"\bi (?:keep|kept|started) (?:hurting|cutting|burning|scratching|hitting) (?:myself|my)\b",
    r"\bmy (?:arms?|wrists?|legs|thighs) (?:are|is) (?:full of|covered in) (?:cuts|scars)\b",
    r"\bnot (?:be|being) here (?:anymore|any more)\b|\bgone (?:forever|for good)\b",
]
PATTERNS["insult"] += [
    r"\b(?:everyone|everybody|the whole class|we all|people) (?:laughs?|laughing|is laughing) at (?:you|u)\b",
    r"\b(?:leave|get out of) (?:the|our|this) (?:group|chat|team|server)\b|\bnobody invited (?:you|u)\b",
    r"\b(?:no ?one|nobody) (?:wants to be|will ever be|would be) (?:your|ur) (?:friend|gf|bf)\b",
    r"\blook at (?:yourself|urself|your face)\b|\b(?:you|u) (?:look|smell) (?:disgusting|gross|like shit)\b",
    r"\b(?:you|u) (?:ugly|fat|stupid|dumb|pathetic|disgusting|worthless) (?:loser|freak|pig|cow|idiot|thing|bitch)\b",
    r"\b(?:loser|freak|weirdo|creep|idiot|retard)(?:s)?\b.{0,20}\b(?:like you|go away|get lost)\b|\bgo away,? (?:loser|freak|weirdo|idiot)\b",
    r"\bthe world (?:would be|is) better without (?:you|u)\b|\bnobody would miss (?:you|u)\b",
]
PATTERNS["hate"] += [
    r"\b(?:immigrants|refugees|muslims|jews|gays|trans people|black people|roma) (?:are|should)\b.{0,30}\b(?:go back|get out|leave|die|disgusting|criminals|vermin|animals|not welcome)\b",
    r"\b(?:your|ur) (?:kind|people|race|religion) (?:is|are) (?:disgusting|trash|not welcome)\b",
]
PATTERNS["grooming"] += [
    r"\b(?:robux|v-?bucks|vbucks|gift ?cards?|paysafe(?:card)?|steam (?:card|credit)|skins?|gems)\b.{0,40}\b(?:if (?:you|u)|for (?:a |some )?(?:pic|photo|video)|for you|4 u)\b",
    r"\bif (?:you|u) (?:send|show|do)\b.{0,40}\b(?:robux|v-?bucks|money|gift|skins?|£|€|\$)",
    r"\b(?:you|u) can (?:tell|trust) me (?:anything|everything)\b|\bi won'?t tell any ?one\b",
    r"\b(?:our|this) (?:chat|friendship|relationship) (?:is|stays) (?:private|special|secret)\b",
]
PATTERNS["flattery"] += [
    r"\b(?:more )?mature than (?:other|most|the other)\b|\bolder than (?:you|u) (?:are|look)\b|\bfor (?:a|your) \d+ ?(?:year|yr)s? old\b",
]
PATTERNS["sexual"] += [
    r"\b(?:get|got) (?:naked|hard|wet)\b|\b(?:undress|take (?:your|ur) (?:clothes|top|shirt) off)\b|\bin (?:your|ur) (?:underwear|bed)\b",
    r"\b(?:want|wanna) to (?:see|touch|feel|kiss) (?:you|u|your body)\b",
]
PATTERNS["secrecy"] += [
    r"\b(?:don'?t|do not|never) (?:tell|show|mention)\b.{0,25}\b(?:parents|mum|mom|dad|teacher|anyone|anybody)\b"
]
PATTERNS["private_channel"] += [r"\b(?:nobody|no ?one) (?:can|will|could) (?:read|see|check) (?:us|our|it|this|what)\b"]

# Words by which the writer speaks of themselves: self-harm named as a subject holds only with them.
FIRST_PERSON = r"\b(?:i|i'm|im|i've|ive|me|my|myself)\b"

PATTERNS["relationship_question"] = [
    r"\b(?:do|d'?you|have) (?:you|u) (?:got |have )?(?:a )?(?:boyfriend|girlfriend|bf|gf)\b|\b(?:are|r) (?:you|u) single\b|\bhave (?:you|u) (?:ever )?(?:kissed|been kissed)\b",
]

# Bullying beyond name-calling: laughing at, shutting out, threats, contempt.
PATTERNS["insult"] += [
    r"\b(?:i'?ll|we'?ll|gonna|going to) (?:beat|punch|kick|hit|smash|get) (?:you|u|your face)\b|\bwatch (?:your|ur) back\b|\bafter school (?:you'?re|ur) dead\b",
    r"\b(?:no ?one|nobody) cares (?:about (?:you|u|what (?:you|u)))\b|\bno ?one asked\b",
    r"\bpeople like (?:you|u) (?:should|shouldn'?t|are)\b",
    r"\b(?:stop|quit) (?:posting|talking|existing)\b.{0,30}\b(?:cringe|loser|nobody|no one|embarrassing|pathetic)\b",
    r"\b(?:you|u)(?:'re| are)? (?:such )?(?:an? )?(?:embarrassment|disgrace|joke|clown)\b",
]

PATTERNS["secrecy"] += [
    r"\b(?:this|it) stays between us\b|\bjust (?:our|a) (?:thing|secret)\b|\b(?:parents|mum|mom|dad) (?:don'?t|wouldn'?t) need to know\b|\bkeep (?:this|it) (?:from|to) (?:your|ur)\b",
]

PATTERNS["private_channel"] += [
    r"\b(?:add|message|text|call|find) me on (?:snap|insta|telegram|whatsapp|signal|discord|kik|wickr)\b|\b(?:more|somewhere) private\b|\bdisappearing messages\b|\bsecret (?:chat|conversation)\b",
]

PATTERNS["image_request"] += [
    r"\b(?:send|show) (?:me )?(?:a |some )?(?:pic|photo|picture|video|selfie)s? (?:of (?:you|u|yourself)|in (?:your|ur))\b|\b(?:wanna|want to|can i) see (?:you|u|more of you)\b|\bsend (?:me )?(?:one|some) back\b",
]

PATTERNS["meet_up"] += [
    r"\b(?:i'?ll|i can|let me) (?:come|drive|walk) (?:to|over to) (?:you|your|ur)\b|\bmeet (?:me )?(?:this|on|after|tomorrow|tonight|at the)\b|\b(?:come|visit) (?:meet|see) me\b|\bwhere (?:exactly )?do (?:you|u) live\b|\bwhich (?:town|city|area|street) (?:do )?(?:you|u) live\b|\bwhat(?:'s| is) (?:the name of )?(?:your|ur) school\b",
]

PATTERNS["grooming"] += [
    r"\b(?:is|are) (?:any ?one|your parents|ur parents) (?:at )?home\b|\bwhen (?:do|are) (?:your|ur) parents (?:leave|go out|away|at work)\b|\b(?:what do you|wat do u) (?:weigh|look like)\b",
]

# Sexual talk aimed at the reader: sex, what they wear, their body, nudity.
PATTERNS["sexual"] += [
    r"\b(?:sex|have sex|make love|sleep together)\b(?! education| ed\b)|\bwhat (?:are|r) (?:you|u) wearing\b|\btouch(?:ing)? (?:yourself|myself|urself)\b|\b(?:your|ur) (?:body|boobs|ass|bum|legs) (?:is|are|look)\b|\b(?:hot|sexy) (?:pics?|body|photos?)\b"
]

# Worthlessness, self-hatred, wishing to be dead, giving up.
PATTERNS["self_harm"] += [
    r"\bi(?:'m| am) (?:so )?(?:worthless|useless|a failure|nothing)\b",
    r"\bi (?:hate|can'?t stand) (?:myself|my life|being alive)\b",
    r"\bi(?:'d| would) rather (?:be dead|die|not exist)\b",
    r"\bi give up\b.{0,30}\b(?:life|everything|on me|living)\b",
    r"\b(?:i )?(?:wish|hope) i (?:die|was dead|were dead|don'?t wake up)\b",
]

# Hopelessness said briefly: what is the point, I want it all to stop, empty, tired of everything.
PATTERNS["self_harm"] += [
    r"\bwhat'?s (?:even )?the point(?: anymore| of it all| of anything|\?|$)",
    r"\b(?:so |just )?done with (?:everything|life|it all|all of this|living)\b|\bi'?m (?:so )?done\.?$",
    r"\b(?:better|easier) if i (?:was|were|wasn'?t|weren'?t|'m|am) (?:gone|not here|dead|not around|never born)\b",
    r"\bnot wak(?:e|ing) up\b",
    r"\b(?:feel|felt) like disappearing\b|\b(?:could|should|would) (?:just )?disappear\b",
    r"\bdon'?t want to feel (?:anything|this|like this) (?:anymore|any more)\b",
    r"\bi can'?t (?:anymore|any more)\b",
    r"\btired\b.{0,25}\bof (?:everything|it all|life)\b",
]

# "You seem older than you are" is held alone; compliments on looks and maturity only add up.
PATTERNS["grooming"] += [PATTERNS["flattery"][1]]
PATTERNS["grooming"] += [PATTERNS["flattery"][2]]

# Shutting someone out, body shaming, telling them to leave.
PATTERNS["insult"] += [
    r"\b(?:no ?one|nobody) (?:wants|wanna) to (?:sit|talk|hang out|be|play) with (?:you|u)\b",
    r"\b(?:fatty|fatso|lardass|ugly ass)\b",
    r"\bstop eating\b",
    r"\b(?:we|they) don'?t want (?:you|u)\b",
    r"\b(?:leave|get out of) the group\b",
]

# Without clothes, wanting the reader, in bed.
PATTERNS["sexual"] += [
    r"\b(?:without (?:any )?(?:clothes|clothing)|no clothes on)\b|\bdirty things\b|\b(?:you|u) in bed\b|\bsext(?:ing)?\b|\bkissable\b|\bi want (?:you|u) (?:so bad|tonight|right now)\b"
]

# Checking on the parents, moving to an app to download, pictures in nightwear.
PATTERNS["grooming"] += [
    r"\b(?:do|does) (?:your|ur) (?:parents|mum|mom|dad) (?:check|look at|read|go through) (?:your|ur) (?:phone|messages|chats)\b",
    r"\b(?:download|get|install) (?:telegram|signal|kik|wickr|threema|session|wire|viber|whatsapp|snap(?:chat)?|discord)\b",
]

# Word lists by stem (a word starting with one of them matches; "\b" ends a stem that is a whole word).
# screen.py says which hold alone and which only together with a word for the reader or a request.
LEXICON = {
    "you": r"you\b|u\b|ya\b|your|ur\b|urs\b|yourself|urself|youre|you'",
    "self_harm": r"kms\b|kill myself|killing myself|end my life|ending my life|take my own life|cutting myself|cut my wrist|slit my wrist|harm myself|harming myself|unalive myself|unaliving myself|hang myself|hanging myself|starve myself|starving myself|punish myself|scratch myself|burn myself|burning myself",
    "despair": r"want to disappear|wanna disappear|just disappear|disappear forever|could disappear|vanish forever|not wake up|never wake up|don'?t want to (?:be here|exist|live|wake up|be alive)|dont want to (?:be here|exist|live|wake up)|better off without me|better off dead|better without me|worthless|a burden|burden to|burden for|give up on (?:life|everything)|end it all|want to die|wanna die|wish i was dead|wish i were dead|wish i wasn'?t (?:here|born|alive)|wish i was never born|sleep forever|can'?t go on|cant go on|can'?t do this anymore|cant do this anymore|tired of (?:living|being alive|life|everything)|done with (?:life|everything|living)|nobody would (?:miss|notice|care)|no one would (?:miss|notice|care)|nobody will miss|no one will miss|goodbye forever|final goodbye|my scars|new scars|fresh scars|fresh cuts|the blade|razor|unalive|empty inside|no way out|don'?t deserve to (?:live|be alive|exist)|hate myself|hate my life|hate being alive|want it (?:all )?to (?:end|stop)|make it (?:all )?stop|if i died|if i was gone|if i were gone|when i'?m gone|won'?t be here|not be here (?:tomorrow|anymore|much longer)|stop existing|no reason to live|nothing to live for|pills|sleeping tablets|last message|goodbye letter|note for my (?:family|parents|mum|mom)|can'?t take it anymore|can'?t take this anymore|everyone would be happier|they'?d be happier|world without me|darkness|dark thoughts|swallow",
    "slur": r"retard|faggot|fag\b|fags\b|cunt|whore|slut|bitch|dickhead|wanker|twat|motherfucker|mf\b|stfu|kys\b|kill yourself|kill urself|go die\b|neck yourself|unalive yourself|fuck you|fuck u\b|fuck off|piece of shit|dumbass|jackass|ill batter|i'?ll batter|i will batter|batter (?:u|you)|gonna batter|you'?re dead after|ur dead after|after school (?:you'?re|ur|u r) dead|you'?re finished|ur finished",
    "insult": r"idiot|stupid|looser|dumb\b|loser|ugly|fat\b|fatso|fatty|moron|pathetic|disgusting|freak|weirdo|creep\b|cringe|clown|trash\b|garbage|pig\b|cow\b|whale|useless|nobody likes|no one likes|noone likes|everyone hates|everybody hates|we all hate|shut up|get lost|go away|embarrassing|embarrassment|a joke\b|smell|stink|no friends|nobody wants|no one wants|gross\b|braindead|brain dead|nobody cares|no one cares|laughing at|laugh at|laughs at|kick you out|get out of (?:the|our|this)|leave the (?:group|chat)|don'?t belong|waste of|worthless|ratio\b|l bozo|bozo|nerd\b|ugly|beat you up|punch you|kill you\b|you'?re dead|ur dead|watch your back|watch ur back|freak",
    "hate": r"nigg|kike|paki\b|pakis\b|chink|spic\b|tranny|trannies|raghead|go back to (?:your|ur) country|go back where you came|subhuman|vermin|gas the\b|heil\b|white power|1488\b|should be (?:gassed|shot|burned|killed|deported)|don'?t belong (?:here|in this country)",
    "sexual": r"nudes\b|nude (?:pic|photo|selfie)|naked|porn\b|porno\b|pornhub|horny|sexting|sext\b|sexts\b|sextov|sextat|sextar\b|sextida|sextataan|sextala|sexten\b|sextear\b|sextare\b|blowjob|handjob|masturbat|dick pic|dickpic|boobs|tits\b|pussy|cock\b|orgasm|onlyfans|strip for|take (?:it|your clothes|ur clothes|your top|ur top) off|sleep with me|hook up with me|have sex|having sex|make love|turned on|nsfw|lewd|thirst trap|down there|spicy pics|spicy photos|sexy pics|sexy photos|18\\+ pics|dirty pics|dirty pictures|touch yourself|touch urself|undress|talk dirty|dirty talk|something spicy|spicy pic|send something naughty|naughty pic|pasisekst|посекст|seksetie|sekstat|sekstam",
    "body": r"your body|ur body|your boobs|your legs|your lips|your ass|ur ass|your butt|sexy|kiss you|touch you|lick|bra\b|underwear|panties|bikini|in bed|feel you|on top of you|what (?:are|r) (?:you|u) wearing",
    "alone": r"(?<!not )(?<!never )(?<!feel )alone\b|by yourself|home alone|parents (?:home|out|away|around|asleep|at work)|anyone (?:else )?(?:home|with you|around)|any1 home|mum home|mom home|dad home|in your room|in ur room|who else is (?:home|there)",
    "age": r"how old (?:are|r)\b|how old ru\b|what'?s (?:your|ur) age|wats ur age|asl\b|a/s/l|what year were you born|when were you born|what grade are|what year are you in|what class are you in|are you 1[0-7]\b|r u 1[0-7]\b|u 1[0-7]\b\?|real age|actual age|true age|are you (?:under ?age|a minor|still in school)|how young",
    "secret": r"our (?:little )?secret|keep (?:it|this|that) (?:a )?secret|keep (?:it|this) (?:quiet|between us|to yourself|private)|a secret between|secret from (?:your|ur)|just between (?:us|you and me)|between you and me|don'?t tell|dont tell|do not tell|tell no ?one|tell nobody|delete (?:this|our|the|these) (?:chat|messages?|convo|dms?|texts?)|delete (?:it|everything) after|nobody (?:needs|has) to know|no ?one (?:needs|has) to know|our (?:little )?thing\b|parents don'?t need|(?:won'?t|wont|never) tell any|not tell any|(?:your|ur) parents (?:wouldn'?t|won'?t|don'?t) (?:understand|get it|approve)",
    "private": r"where (?:nobody|no ?one|no1) (?:can|could|will) (?:see|read|find)|nobody (?:can|will) (?:see|read) us|disappearing messages|vanish mode|secret chat|private chat|(?:move|switch|go|come|talk|chat|continue|message me|text me) (?:to|on|over) (?:snap|telegram|whatsapp|signal|discord|kik|insta|wickr|threema|session)|(?:somewhere|something) more private|in private\b|dm me|pm me|inbox me|message me privately|text me privately|private server|my private|nobody (?:reads|can read|will read)|no ?one (?:reads|can read|will read)",
    "gift": r"buy you|buy u\b|get you (?:a |some |free |new |anything)|give you (?:a |some |free |money|cash|\d)|send you (?:money|cash|\d|some|a gift|gifts|robux|v-?bucks)|pay you|pay u\b|i'?ll pay|free robux|free v-?bucks|free vbucks|free skins|free gems|gift ?card|paysafe|steam card|steam credit|top up your|top-up your|pocket money|robux for|v-?bucks for|money for (?:a |some )?(?:pic|photo|video)",
    "mature": r"mature for|so mature|very mature|really mature|more mature|grown ?up for|so grown ?up|older than (?:you|u) (?:are|look)|wise for|old soul|not like (?:the )?other (?:girls|boys|kids)|act older|seem older|look older|sound older|age is (?:just )?a number|only one who (?:really )?(?:understands|gets) (?:you|u)",
    "flattery": r"beautiful|gorgeous|pretty\b|cute\b|perfect\b|special\b|hot\b|sexy|stunning|lovely",
    "meet": r"meet up|meet me|meet irl|meet in person|meet in real|meet alone|meet somewhere|meet secretly|meet up alone|see each other (?:in person|irl|in real)|see you in person|see you irl|hang out alone|hang out just|come over to my|come to my (?:house|place|flat|car|room)|pick you up|pick u up|drive you|visit you|wait for you (?:at|outside|behind|near)|i'?ll come to you|come find you|meet after school",
    "where": r"where do (?:you|u) live|where (?:u|you) live|where r u from|where are you from exactly|what town|which town|what city|which city|which school|what school|(?:your|ur) address|(?:your|ur) street|where do (?:you|u) go to school|what area|which area|(?:your|ur) neighbo|which street|what street|your postcode|ur postcode|where is your house|where'?s your house",
    "send": r"send me|sned me|snd me|send (?:a|some|more|one|another|your|ur) (?:pic|photo|selfie|nude|vid|video|snap)|send pics|send nudes|send (?:a )?pic|show me|let me see|can i see|could i see|wanna see|want to see|i need to see|pics or|turn on (?:your|ur|the) (?:cam|camera)|(?:your|ur) cam on|on cam\b|trade pics|swap pics|pic for pic|pic 4 pic",
    "picture": r"pic|photo|selfie|nude|snap\b|vid\b|video|picture|cam\b|camera|webcam|facecam|body|yourself|urself|what you look like|u look like|face\b|outfit|legs|feet",
    "relapse": r"did it again|done it again|relapsed|relapse|happened again last night|it again last night",
    "hidden": r"long sleeves|hoodie weather|hoodie season|cover (?:it|them|the marks)|hide (?:it|them|the marks|my arms)|nobody sees|no one sees",
    "give_away": r"giving (?:away )?my|give away my|giving away|gave away my|you can have my|can have all my",
    "no_need": r"won'?t need|wont need|don'?t need (?:them|it) anymore|where i'?m going|where im going|not gonna need",
    "last_post": r"my last post|last post here|my last message|last message here|final post|final message",
    "goodbye": r"goodbye|bye\b|byee|farewell|thanks for everything|thank you for everything|take care of",
    "harmless": r"under (?:my|the) (?:duvet|blanket|covers)|disappear into (?:my|the) (?:bed|room|book)|dying (?:of|from) (?:laughter|laughing|embarrassment|cringe)|dead (?:of|from) laughing|i'?m dead lol|lmao i'?m dead",
}

# Advice and lessons said more broadly: "if someone …", telling an adult, warning signs, what groomers do.
PATTERNS["awareness"] += [
    r"\bif (?:a friend|your friend|someone you know|a mate)\b|\bnever (?:send|share|give|meet)\b|\bdon\x27?t (?:send|share) (?:nudes|pics|photos|your)\b",
    r"\btrusted adult\b|(?<!don\'t )(?<!dont )(?<!do not )(?<!never )\b(?:tell|talk to) (?:your )?(?:parents|a parent|a teacher|an adult|someone)\b",
    r"\bwarning signs?\b|\b(?:groomers?|predators?|abusers?|strangers) (?:often |usually )?(?:try|pretend|ask|use|say|tell)\b",
    r"\b(?:our|the|my) (?:teacher|form tutor|counsellor|school nurse)\b",
]
