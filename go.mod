module github.com/rasid/rasid

go 1.26.8
